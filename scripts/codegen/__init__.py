"""Code generation: pinned spec -> normalizer -> openapi-python-client -> emitters.

`python -m scripts.codegen generate | check | spec-update --version X`.
"""
