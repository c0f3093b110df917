"""Alembic environment: runs on the engine the program opened (never a URL from a file)."""
from alembic import context

from app.models import Base

# Structures kept by hand in migrations (full-text search), not in the models: autogenerate must
# not propose dropping them.
HAND_MADE = ("member_search_fts", "member_search_doc")


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001, ANN201
    return not (reflected and name and name.startswith(HAND_MADE))


config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      compare_type=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
