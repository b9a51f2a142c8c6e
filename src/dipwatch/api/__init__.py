"""The use cases: the only thing the CLI and the web app call.

Each use case lives in its own module here and is re-exported below.
"""
