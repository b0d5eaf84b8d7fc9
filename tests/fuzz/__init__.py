"""Mutation fuzzing of server answers through the public client methods."""
