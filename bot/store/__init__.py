"""Storage: SQLAlchemy 2 async models, Alembic migrations and the unit of work."""
