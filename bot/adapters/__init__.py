"""Chat platform adapters: platform payloads become domain objects here, and nowhere else."""
