"""The coach's conversations, one module per area: each a set of handlers taking the context."""
