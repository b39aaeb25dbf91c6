"""Getting articles in: safe HTTP fetching, feed parsing and article extraction."""
