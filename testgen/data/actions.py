"""Between the English side (`Action`, with roles) and the test language (`Step`)."""

from __future__ import annotations

from testgen.data.english import Action
from testgen.step import Step

# English verbs that differ from the test language's names.
TO_STEP_VERB = {"open": "go_to"}
FROM_STEP_VERB = {v: k for k, v in TO_STEP_VERB.items()} | {"wait_for": "see", "type": "fill"}


def action_to_step(action: Action) -> Step:
    """The step that carries out an action; raises StepSyntaxError for an incomplete action."""
    verb = TO_STEP_VERB.get(action.verb, action.verb)
    if verb == "go_to":
        return Step("go_to", action.value)
    if verb == "press":
        return Step("press", action.key or action.value)
    if verb in ("see", "dont_see", "see_url"):
        return Step(verb, action.value)
    if verb in ("fill", "select", "see_value"):
        return Step(verb, action.target, action.value)
    return Step(verb, action.target)


def step_to_action(step: Step, role: str | None = None) -> Action:
    """The English-side view of a step; `role` is the role of the element it resolved to, when known."""
    verb = FROM_STEP_VERB.get(step.verb, step.verb)
    if step.verb == "go_to":
        return Action("open", value=step.target)
    if step.verb == "press":
        return Action("press", key=step.target)
    if step.verb == "type":
        return Action("fill", value=step.target, role=role)
    if verb in ("see", "dont_see", "see_url"):
        return Action(verb, value=step.target)
    return Action(verb, target=step.target, value=step.value, role=role)
