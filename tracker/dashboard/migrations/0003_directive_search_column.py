"""PostgreSQL: a stored tsvector column for full-text search, kept by a trigger, with a
GIN index.

Why a column and not only a GIN index on the expression: a filtered list sorted by
deadline is often best served by walking the (deadline, id) index and testing each
row, and with an expression index every test recomputes to_tsvector (at 100,000 rows,
half a second for a deep page). A stored column makes the test a lookup. A trigger rather than a generated column: PostgreSQL refuses to change the
type of a column a generated column reads (say, a longer `issuer`), and the directives
app owns those columns. Django's model does not know the column; the dashboard's
search reads it by name (tracker.dashboard.search). SQLite has neither.
"""

from django.db import migrations

# Frozen here (not imported): a migration must keep meaning what it meant.
SEARCH_COLUMN = "search_vector"
SEARCH_CONFIG = "russian"
SEARCH_FIELDS = ("task", "sentence", "issuer")
SEARCH_INDEX_NAME = "directive_search_gin"

VECTOR = "to_tsvector('{config}'::regconfig, {fields})".format(
    config=SEARCH_CONFIG,
    fields=" || ' ' || ".join(f"COALESCE(NEW.{name}::text, '')" for name in SEARCH_FIELDS),
)

FORWARD = [
    f"ALTER TABLE directives_directive ADD COLUMN {SEARCH_COLUMN} tsvector",
    f"""
    CREATE FUNCTION directive_search_vector_update() RETURNS trigger AS $$
    BEGIN
        NEW.{SEARCH_COLUMN} := {VECTOR};
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    f"""
    CREATE TRIGGER directive_search_vector
    BEFORE INSERT OR UPDATE OF {", ".join(SEARCH_FIELDS)} ON directives_directive
    FOR EACH ROW EXECUTE FUNCTION directive_search_vector_update()
    """,
    # Fill existing rows: the trigger fires on this update of the searched columns.
    "UPDATE directives_directive SET task = task",
    f"CREATE INDEX {SEARCH_INDEX_NAME} ON directives_directive USING gin ({SEARCH_COLUMN})",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS directive_search_vector ON directives_directive",
    "DROP FUNCTION IF EXISTS directive_search_vector_update()",
    f"ALTER TABLE directives_directive DROP COLUMN IF EXISTS {SEARCH_COLUMN}",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in FORWARD:
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in BACKWARD:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0002_roles"),
        ("directives", "0003_directive_duplicate_of"),
    ]

    operations = [migrations.RunPython(forward, backward)]
