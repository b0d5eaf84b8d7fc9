"""Short, runnable examples of the public client; `make demo` runs them all (see __main__)."""
