"""The Grafana dashboard queries only series the Prometheus listener really exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from prometheus_client import CollectorRegistry

from integrations_openai.instrumentation._prometheus import PrometheusListener

DASHBOARD = Path(__file__).resolve().parents[3] / "dashboards" / "openai-client.json"


def test_every_queried_series_exists() -> None:
    registry = CollectorRegistry()
    PrometheusListener(registry)
    exported = {
        name for family in registry.collect() for name in (family.name, f"{family.name}_total")
    }
    data = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    queried = set()
    for panel in data["panels"]:
        for target in panel["targets"]:
            for name in re.findall(r"\b(openai_\w+|gen_ai_client_\w+)", target["expr"]):
                queried.add(re.sub(r"_(bucket|sum|count)$", "", name))
    assert queried
    assert queried <= exported, queried - exported
