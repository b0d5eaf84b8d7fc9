"""One module per normalizer pass; the order lives in `scripts.codegen.normalize.PASSES`."""
