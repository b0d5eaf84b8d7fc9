"""Contract tooling: spec access, example arguments, cassette recording, drift checks."""
