"""YAML from outside (front matter, the registry) loaded safely and in bounded time.

`yaml.safe_load` already refuses custom tags such as `!!python/object`; it does not
refuse an alias bomb, whose few lines expand to billions of nodes as soon as anything
walks the result. The loader here counts aliases and refuses documents that use more
than a handful of them.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_ALIASES = 50
MAX_YAML_CHARS = 1_000_000


class _BoundedLoader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases_seen = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML's API
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                event = self.peek_event()
                raise yaml.constructor.ConstructorError(
                    None, None, f"more than {MAX_ALIASES} aliases (*name)", event.start_mark
                )
        return super().compose_node(parent, index)


def load_yaml(text: str) -> Any:  # noqa: ANN401 - YAML can hold anything
    """Parse YAML with the safe loader, refusing alias bombs and oversized documents."""
    if len(text) > MAX_YAML_CHARS:
        raise yaml.YAMLError(f"the YAML is over {MAX_YAML_CHARS:,} characters")
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
