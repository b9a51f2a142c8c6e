"""Input adapters: one module per format, each yielding documents or events; nothing else."""
