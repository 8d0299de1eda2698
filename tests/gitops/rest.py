"""A few calls to the test API server over REST (cheaper than one kubectl process per poll)."""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from typing import Any

from tests.apiserver.cluster import ControlPlane


class Rest:
    def __init__(self, plane: ControlPlane) -> None:
        self.server = plane.server
        self.token = plane.token
        self.context = ssl.create_default_context()
        self.context.check_hostname = False
        self.context.verify_mode = ssl.CERT_NONE  # the test API server's self-signed cert

    def request(
        self, method: str, path: str, body: Any = None, content_type: str = "application/json"
    ) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.server + path,
            data=data,
            method=method,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": content_type},
        )
        with urllib.request.urlopen(request, timeout=30, context=self.context) as response:
            return json.loads(response.read() or b"{}")

    @staticmethod
    def _base(api: str) -> str:
        return "/api/v1" if api == "v1" else f"/apis/{api}"

    def list(self, api: str, resource: str) -> list[dict[str, Any]]:
        """Every object of `resource` in every namespace; [] when the API is not served (yet)."""
        try:
            items: list[dict[str, Any]] = self.request("GET", f"{self._base(api)}/{resource}")[
                "items"
            ]
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return []
            raise
        return items

    def get(self, api: str, resource: str, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            found: dict[str, Any] = self.request(
                "GET", f"{self._base(api)}/namespaces/{namespace}/{resource}/{name}"
            )
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return None
            raise
        return found

    def patch_status(
        self, api: str, resource: str, namespace: str, name: str, status: dict[str, Any]
    ) -> None:
        self.request(
            "PATCH",
            f"{self._base(api)}/namespaces/{namespace}/{resource}/{name}/status",
            {"status": status},
            "application/merge-patch+json",
        )
