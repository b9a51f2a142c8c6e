"""The dashboard and JSON API (``dipwatch serve``): FastAPI routes thin over ``dipwatch.api``,
pages from Jinja2 templates, charts from the report's one chart spec, served offline."""
