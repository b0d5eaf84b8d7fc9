"""Developer scripts: code generation (`python -m scripts.codegen`), mock server, recording."""
