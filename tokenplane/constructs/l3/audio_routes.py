"""L3: the audio routes: in-cluster speech synthesis and an external transcription provider."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from constructs import Construct

from tokenplane.config import AudioSpec, ProbeSpec, SpeechSpec, TranscriptionSpec
from tokenplane.constructs.l2.apps import Deployment
from tokenplane.constructs.l2.core import Container, Namespace, Pod, Port, Service, ServicePort
from tokenplane.constructs.l2.envoy_gateway import Backend, HTTPRouteFilter
from tokenplane.constructs.l2.external_secrets import ExternalSecret
from tokenplane.constructs.l2.gateway_api import (
    BackendRef,
    BackendTLSPolicy,
    Gateway,
    HTTPRoute,
    HTTPRouteRule,
)
from tokenplane.constructs.l2.policy import PodDisruptionBudget
from tokenplane.constructs.l3.model_server import http_probe, resources, tolerations
from tokenplane.contracts import names

SPEECH_PATH = "/v1/audio/speech"
TRANSCRIPTIONS_PATH = "/v1/audio/transcriptions"
SPEECH_UID = 65532
"""The non-root user the speech server runs as (its image is the operator's build)."""
SPEECH_HOME = "/home/speech"
"""The speech server's home: a scratch `emptyDir`, the root filesystem being read-only."""
API_KEY = "apiKey"
"""Key of the provider's key in the ExternalSecret's data, before templating."""


class AudioRoutes(Construct):
    """Defines the configured audio routes on `listener` of `gateway`.

    `/v1/audio/speech` (POST) goes to a text-to-speech server rendered here. Only that path
    is routed: the server's other paths stay private. `/v1/audio/transcriptions` (POST)
    leaves the cluster to the provider over TLS verified against the system CAs; its key,
    fetched from the ClusterSecretStore `store`, replaces the tenant's Authorization header.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        platform: str,
        audio: AudioSpec,
        namespace: Namespace,
        gateway: Gateway,
        listener: str,
        store: str,
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        self.speech_route: HTTPRoute | None = None
        self.speech_service: Service | None = None
        """The text-to-speech server's Service, when `/v1/audio/speech` is configured."""
        self.transcription_route: HTTPRoute | None = None
        if audio.speech is not None:
            self.speech_route = self._speech(
                platform, audio.speech, namespace, gateway, listener, labels
            )
        if audio.transcription is not None:
            self.transcription_route = self._transcription(
                platform, audio.transcription, namespace, gateway, listener, store, labels
            )

    def _speech(
        self,
        platform: str,
        speech: SpeechSpec,
        namespace: Namespace,
        gateway: Gateway,
        listener: str,
        labels: Mapping[str, str],
    ) -> HTTPRoute:
        name = names.speech_server(platform)
        pod_labels = {names.AUDIO_LABEL: "speech"}
        # The speech image is the operator's build: it must run as a non-root user and write
        # only to /tmp and its home (docs/pod-security.md).
        container = Container(
            name="speech",
            image=speech.image,
            env={"HOME": SPEECH_HOME},
            ports=[Port("http", speech.port)],
            resources=resources(speech.resources),
            readiness_probe=http_probe(speech.health_path, speech.port, _timing(10, 3)),
            liveness_probe=http_probe(speech.health_path, speech.port, _timing(30, 3)),
            startup_probe=http_probe(speech.health_path, speech.port, _timing(10, 30)),
            scratch={"tmp": "/tmp", "home": SPEECH_HOME},
        )
        deployment = Deployment(
            self,
            "speech",
            name=name,
            namespace=namespace.name,
            replicas=speech.replicas,
            selector=pod_labels,
            pod_labels={**pod_labels, **labels},
            pod=Pod(
                containers=[container],
                run_as_user=SPEECH_UID,
                run_as_group=SPEECH_UID,
                node_selector=speech.placement.node_selector,
                tolerations=tolerations(speech.placement),
                runtime_class=speech.placement.runtime_class,
            ),
            labels=labels,
        )
        PodDisruptionBudget(
            self,
            "speech-disruption-budget",
            name=name,
            namespace=namespace.name,
            workload=deployment,
            labels=labels,
        )
        service = Service(
            self,
            "speech-service",
            name=name,
            namespace=namespace.name,
            selector=pod_labels,
            ports=[ServicePort(name="http", port=speech.port)],
            labels=labels,
        )
        self.speech_service = service
        return HTTPRoute(
            self,
            "speech-route",
            name=names.speech_route(platform),
            namespace=namespace.name,
            parent=gateway,
            listener=listener,
            rules=[
                HTTPRouteRule(
                    name="speech",
                    path_prefix=SPEECH_PATH,
                    method="POST",
                    backends=[BackendRef.to(service, speech.port)],
                    timeout=timedelta(seconds=speech.timeout_seconds),
                )
            ],
            labels=labels,
        )

    def _transcription(
        self,
        platform: str,
        spec: TranscriptionSpec,
        namespace: Namespace,
        gateway: Gateway,
        listener: str,
        store: str,
        labels: Mapping[str, str],
    ) -> HTTPRoute:
        name = names.transcription(platform)
        key = ExternalSecret(
            self,
            "transcription-key",
            name=name,
            namespace=namespace.name,
            store=store,
            data={API_KEY: spec.api_key_remote_ref},
            template={"credential": "Bearer {{ ." + API_KEY + " }}"},
            labels=labels,
        )
        injection = HTTPRouteFilter(
            self,
            "transcription-credential",
            name=name,
            namespace=namespace.name,
            credential_secret=key.secret_name,
            labels=labels,
        )
        backend = Backend(
            self,
            "transcription-backend",
            name=name,
            namespace=namespace.name,
            hostname=spec.hostname,
            port=spec.port,
            labels=labels,
        )
        BackendTLSPolicy(
            self,
            "transcription-tls",
            name=name,
            namespace=namespace.name,
            targets=[backend],
            hostname=spec.hostname,
            labels=labels,
        )
        return HTTPRoute(
            self,
            "transcription-route",
            name=name,
            namespace=namespace.name,
            parent=gateway,
            listener=listener,
            rules=[
                HTTPRouteRule(
                    name="transcriptions",
                    path_prefix=TRANSCRIPTIONS_PATH,
                    method="POST",
                    backends=[BackendRef.to(backend, spec.port)],
                    filters=[injection],
                    hostname_rewrite=spec.hostname,
                    timeout=timedelta(seconds=spec.timeout_seconds),
                )
            ],
            labels=labels,
        )


def _timing(period_seconds: int, failure_threshold: int) -> ProbeSpec:
    return ProbeSpec(period_seconds=period_seconds, failure_threshold=failure_threshold)
