"""Counter operations: one framework (form -> confirmation -> result) and the operations on it."""
from .framework import OperationPanel
from .spec import FieldProblem, OperationSpec

__all__ = ["FieldProblem", "OperationPanel", "OperationSpec"]
