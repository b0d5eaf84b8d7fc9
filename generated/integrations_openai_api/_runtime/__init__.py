"""Runtime helpers of the generated package (copied verbatim into `integrations_openai_api._runtime`).

Generated models and endpoint modules import these; they are hand-written once here instead of
being rendered into every one of ~1,400 modules.
"""
