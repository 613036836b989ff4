"""Which titles a description's head word covers: "the diplomat" is the ambassador or the
envoy the text named, "the lawmaker" the senator or the representative. `persons.py`
asks it when it looks for the named person a description means."""

from __future__ import annotations

_ROLE_SYNONYMS = {
    "leader": {"president", "premier", "chancellor", "leader", "king", "queen", "head"},
    "diplomat": {"ambassador", "envoy", "representative", "minister", "diplomat", "consul"},
    "envoy": {"ambassador", "envoy", "representative", "diplomat"},
    "senator": {"sen.", "senator", "sen"},
    "congressman": {"rep.", "representative", "congressman"},
    "congresswoman": {"rep.", "representative", "congresswoman"},
    "lawmaker": {"sen.", "rep.", "senator", "representative", "congressman", "lawmaker"},
    "governor": {"gov.", "governor"},
    "official": {"minister", "secretary", "spokesman", "spokeswoman", "official", "deputy"},
    "general": {"gen.", "general"},
    "nominee": {"nominee", "candidate"},
    "candidate": {"nominee", "candidate"},
    "frontrunner": {"nominee", "candidate", "front-runner", "frontrunner"},
    "front-runner": {"nominee", "candidate", "front-runner", "frontrunner"},
}


def has_role(head: str, roles: set[str]) -> bool:
    """Does a person hold the role a description names: the word or one it stands for
    ("the diplomat" of an ambassador, "the lawmaker" of a senator)?"""
    return head in roles or _role_match(head, roles)


def _role_match(head: str, roles: set[str]) -> bool:
    return bool(_ROLE_SYNONYMS.get(head, set()) & roles)
