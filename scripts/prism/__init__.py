"""The pinned Stoplight Prism mock server (Node package in this folder) and its Python runner."""
