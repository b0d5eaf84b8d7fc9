"""README block: the package version (ours has its own number: print its shape)."""

import openai

print(type(openai.__version__).__name__, len(openai.__version__.split(".")) >= 3)
