"""Test helpers shared by unit, chaos and contract tests (the fault-injecting server)."""
