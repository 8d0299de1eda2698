"""Every contract tokenplane writes into its output and later reads back, in one place.

A contract is a value two parts of tokenplane (or tokenplane and a controller) must spell
alike: a label, an annotation, an object name, a limit name, a policy predicate, a header.
Each module holds the encoder of a value and, where anything reads it back, its decoder
beside it; `tests/contracts/` round-trips every pair and fails when one of these values is
spelled anywhere else in `tokenplane/`.

- `names`: labels, annotations and object names.
- `limits`: limit windows, limit names and limit-class ids.
- `predicates`: the CEL predicates and Authorino selectors of the tier policies.
- `headers`: the request headers routes and policies match on.
- `model_list`: the paths, predicate and body of the model list at `GET /v1/models`.

Nothing here imports the rest of tokenplane.
"""

from tokenplane.contracts import headers, limits, model_list, names, predicates

__all__ = [
    "headers",
    "limits",
    "model_list",
    "names",
    "predicates",
]
