"""Render ``batches.run``: the resumable batch runner on the resource that creates batches.

One rule for every endpoint the Batch API accepts: the values of the create method's
``endpoint`` enum (read from the generated model) are matched to the facade method that
serves that path with POST; each gets an overload whose results are typed like that
method's answer, and a ``Ref`` to its ``Operation`` so the runner parses output lines with
the same parser as the synchronous call. The method only hands over to the requester
(``run_batch``, implemented by ``integrations_openai._requester``).
"""

from __future__ import annotations

import ast
from pathlib import Path

from .plan import MethodPlan, ResourceNode
from .render_method import _Annotations, const

__all__ = ["BATCH_RUNNERS", "batch_imports", "batch_ops", "batch_runner"]

# Resource -> (the method creating a batch, the body field naming the endpoint).
BATCH_RUNNERS: dict[str, tuple[str, str]] = {"batches": ("create", "endpoint")}
_PREFIX = "/v1"


def _endpoints(node: ResourceNode, package_dir: Path) -> list[str]:
    """The values of the create method's endpoint enum (a ``Literal`` model module)."""
    create_name, field = BATCH_RUNNERS[node.path]
    create = next(m for m in node.methods if m.name == create_name)
    param = next(p for p in create.body if p.wire == field)
    name = param.annotation.split(" | ")[0]
    module = create.imports[name]
    path = package_dir.joinpath(*module.split(".")).with_suffix(".py")
    for stmt in ast.parse(path.read_text()).body:
        if isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in stmt.targets
        ):
            literal = stmt.value
            assert isinstance(literal, ast.Subscript), f"{name} is not a Literal"
            elts = literal.slice.elts if isinstance(literal.slice, ast.Tuple) else [literal.slice]
            return [ast.literal_eval(e) for e in elts]
    raise RuntimeError(f"{module} defines no {name}")


def _targets(
    node: ResourceNode, root: ResourceNode, package_dir: Path
) -> list[tuple[str, ResourceNode, MethodPlan]]:
    """(endpoint, resource, method) for each endpoint served by a JSON POST method."""
    by_path: dict[str, tuple[ResourceNode, MethodPlan]] = {}

    def visit(n: ResourceNode) -> None:
        for m in n.methods:
            if m.http_method == "post" and m.returns and not m.binary:
                by_path.setdefault(m.path, (n, m))
        for child in n.children.values():
            visit(child)

    visit(root)
    out = []
    for endpoint in _endpoints(node, package_dir):
        found = by_path.get(endpoint.removeprefix(_PREFIX))
        if found is not None:
            out.append((endpoint, *found))
    return out


def batch_imports(node: ResourceNode, root: ResourceNode, package_dir: Path) -> dict[str, str]:
    """Annotation name -> module for the typed results of ``node``'s runner."""
    if node.path not in BATCH_RUNNERS:
        return {}
    out: dict[str, str] = {}
    for _, _, m in _targets(node, root, package_dir):
        assert m.returns is not None
        for name in ast.walk(ast.parse(m.returns, mode="eval")):
            if isinstance(name, ast.Name) and name.id in m.imports:
                out[name.id] = m.imports[name.id]
    return out


def batch_ops(node: ResourceNode, root: ResourceNode, package: str, package_dir: Path) -> str:
    """The module constant mapping each endpoint to its ``Operation`` (lazily, by ``Ref``)."""
    if node.path not in BATCH_RUNNERS:
        return ""
    entries = []
    for endpoint, owner, m in _targets(node, root, package_dir):
        module = f"{package}.resources.{owner.path}" if owner.path else f"{package}.resources"
        entries.append(f'    {endpoint!r}: Ref("{module}:{const(m.operation_id)}"),')
    return "\n".join(["_BATCH_RESULTS = {", *entries, "}"])


_SIG = (
    "self, requests: BatchRequests, *, endpoint: {endpoint}, state: str | os.PathLike[str], "
    'completion_window: str = "24h", max_attempts: int | Unset = UNSET, '
    "poll_interval: float | Unset = UNSET, upload_threshold: int | Unset = UNSET, "
    "timeout: float | None = None, "
    "on_progress: ProgressHook | None = None"
)
_DOC = [
    '        """Run ``requests`` through the Batch API; one result per ``custom_id``.',
    "",
    "        ``requests``: request bodies (``custom_id`` assigned: ``request-<n>``), full batch",
    "        lines, or a JSONL path. The run splits at the per-file limits, uploads, creates,",
    "        polls, collects output and error files, and resubmits failed or expired requests",
    "        up to ``max_attempts`` in all. Every step is saved in the ``state`` file: rerun",
    "        after a kill (``requests`` may then be ``None``) and nothing is submitted twice.",
    "        Each result's ``body`` is typed like the synchronous call's answer.",
    '        """',
]


def batch_runner(
    node: ResourceNode,
    root: ResourceNode,
    package_dir: Path,
    ann: _Annotations,
    *,
    is_async: bool,
) -> list[str]:
    """Source lines of ``run`` (with one overload per endpoint) for one class."""
    if node.path not in BATCH_RUNNERS:
        return []
    adef, aw = ("async def", "await ") if is_async else ("def", "")
    prefix = "Async" if is_async else ""
    up = ".." * node.path.count(".")
    lines: list[str] = []
    for endpoint, _, m in _targets(node, root, package_dir):
        assert m.returns is not None
        model = ann.render(m.returns, widen=False)
        lines += [
            "    @overload",
            f"    {adef} run({_SIG.format(endpoint=f'Literal[{endpoint!r}]')}) -> BatchResults[{model}]: ...",
            "",
        ]
    lines += [
        "    @overload",
        f"    {adef} run({_SIG.format(endpoint='str')}) -> BatchResults[Any]: ...",
        "",
        f"    {adef} run({_SIG.format(endpoint='str')}) -> BatchResults[Any]:",
        *_DOC,
        # The runner uploads through the files and uploads resources (top-level siblings).
        f"        from {up}.files import {prefix}Files",
        f"        from {up}.uploads import {prefix}Uploads",
        "",
        f"        resources = {{'files': {prefix}Files(self._requester), "
        f"'uploads': {prefix}Uploads(self._requester), 'batches': self}}",
        f"        return cast('BatchResults[Any]', {aw}self._requester.run_batch(",
        "            resources, _BATCH_RESULTS.get(endpoint), requests,",
        "            {'endpoint': endpoint, 'state': state, 'completion_window': completion_window,",
        "             'max_attempts': max_attempts, 'poll_interval': poll_interval,",
        "             'upload_threshold': upload_threshold,",
        "             'timeout': timeout, 'on_progress': on_progress},",
        "        ))",
        "",
    ]  # fmt: skip
    return lines
