"""newsbrief: the async bot (adapters, fetching, storage, scheduling) around the pure summarizers."""
