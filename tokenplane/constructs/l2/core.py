"""L2 wrappers of the core Kubernetes kinds tokenplane renders without cdk8s-plus, and the
pod value types (containers, probes, resources, volumes) with secure defaults."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.l2.resource import Resource
from tokenplane.contracts import names


class Namespace(Resource):
    """Defines a Namespace."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id, name=name, namespace=None, api_version="v1", kind="Namespace")
        k8s.KubeNamespace(self, "Resource", metadata=self.metadata(labels, annotations))


@dataclass(frozen=True)
class ServicePort:
    """Defines one port of a Service: its name, number and the container port it forwards to.

    `app_protocol` tells proxies what speaks on the port (for example `kubernetes.io/h2c`
    for plain-text gRPC). Default: not set.
    """

    name: str
    port: int
    target_port: int | None = None
    app_protocol: str | None = None


class Service(Resource):
    """Defines a ClusterIP Service selecting pods by labels."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        selector: Mapping[str, str],
        ports: Sequence[ServicePort],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="v1", kind="Service"
        )
        if not ports:
            raise ValueError(f"Service {name}: at least one port is required")
        self.selector = dict(selector)
        self.ports = tuple(ports)
        k8s.KubeService(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=k8s.ServiceSpec(
                type="ClusterIP",
                selector=self.selector,
                ports=[
                    k8s.ServicePort(
                        name=port.name,
                        port=port.port,
                        target_port=k8s.IntOrString.from_number(port.target_port or port.port),
                        protocol="TCP",
                        app_protocol=port.app_protocol,
                    )
                    for port in ports
                ],
            ),
        )

    def port(self, name: str) -> ServicePort:
        """The port called `name`; raises KeyError if there is none."""
        for candidate in self.ports:
            if candidate.name == name:
                return candidate
        raise KeyError(name)


class ServiceAccount(Resource):
    """Defines a ServiceAccount."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="v1", kind="ServiceAccount"
        )
        k8s.KubeServiceAccount(self, "Resource", metadata=self.metadata(labels))


class ConfigMap(Resource):
    """Defines a ConfigMap holding text files."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        data: Mapping[str, str],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="v1", kind="ConfigMap"
        )
        self.data = dict(data)
        k8s.KubeConfigMap(self, "Resource", metadata=self.metadata(labels), data=self.data)


class ServiceAccountToken(Resource):
    """Defines a Secret of type `kubernetes.io/service-account-token` for `service_account`.

    Kubernetes writes the account's long-lived token into it (key `token`); nothing secret
    is rendered. Use it where a client can only read a token from a Secret, such as a
    Prometheus operator monitor's `authorization`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        service_account: ServiceAccount,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=service_account.namespace,
            api_version="v1",
            kind="Secret",
        )
        self.key = "token"
        k8s.KubeSecret(
            self,
            "Resource",
            metadata=self.metadata(
                labels, {"kubernetes.io/service-account.name": service_account.name}
            ),
            type="kubernetes.io/service-account-token",
        )


# Pods. Value types, not constructs: a pod is part of a workload (apps.py renders it into a
# Deployment's or StatefulSet's template). Every default is the hardened choice; each
# exception is a typed `OptOut` whose reason is rendered as an annotation on the template.


@dataclass(frozen=True)
class OptOut:
    """Defines one deliberate exception to a secure default of a pod or container.

    `reason` says why the workload needs it; it is rendered on the pod template as the
    annotation `names.opt_out_annotation(scope, field)`, which the `pods_are_hardened`
    invariant accepts in place of the hardened field. An opt-out without a reason is refused.
    """

    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("an OptOut needs a reason a reviewer can read")


@dataclass(frozen=True)
class FromSecret:
    """Defines an environment value read from key `key` of the Secret `name`."""

    name: str
    key: str


@dataclass(frozen=True)
class FromField:
    """Defines an environment value read from a field of the pod (`metadata.namespace`)."""

    path: str


EnvValue = str | FromSecret | FromField
"""A container's environment value: a literal, a Secret key or a pod field."""


@dataclass(frozen=True)
class HttpGet:
    """Defines a probe that passes when GET `path` on `port` answers 2xx or 3xx."""

    path: str
    port: int


@dataclass(frozen=True)
class TcpSocket:
    """Defines a probe that passes when `port` accepts a TCP connection."""

    port: int


@dataclass(frozen=True)
class Grpc:
    """Defines a probe that asks the gRPC health service on `port` about `service`."""

    port: int
    service: str | None = None


@dataclass(frozen=True)
class Probe:
    """Defines a startup, readiness or liveness probe: `check` and its timing.

    Timing fields left None take the Kubernetes defaults (no initial delay, every 10 s,
    1 s timeout, 3 failures).
    """

    check: HttpGet | TcpSocket | Grpc
    period_seconds: int | None = None
    failure_threshold: int | None = None
    initial_delay_seconds: int | None = None
    timeout_seconds: int | None = None


@dataclass(frozen=True)
class Resources:
    """Defines a container's resource requests and limits (`{"cpu": "500m", ...}`).

    A request without a limit lets the container burst; an extended resource such as
    `nvidia.com/gpu` needs the same number in both.
    """

    requests: Mapping[str, str] = field(default_factory=dict)
    limits: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EmptyDir:
    """Defines a volume that starts empty and lives as long as the pod: on the node's disk,
    or in memory with `medium="Memory"` (counted against the container's memory limit)."""

    medium: Literal["Memory"] | None = None
    size_limit: str | None = None


@dataclass(frozen=True)
class ConfigMapFiles:
    """Defines a volume holding the keys of the ConfigMap `name` as files."""

    name: str


@dataclass(frozen=True)
class ClaimRef:
    """Defines a volume backed by the existing PersistentVolumeClaim `claim_name`."""

    claim_name: str


@dataclass(frozen=True)
class HostPath:
    """Defines a volume on the node's filesystem at `path` (created when missing).

    No Pod Security level above `privileged` admits it: a namespace with such a pod can
    enforce nothing.
    """

    path: str
    type: str = "DirectoryOrCreate"


@dataclass(frozen=True)
class Volume:
    """Defines one named volume of a pod."""

    name: str
    source: EmptyDir | ConfigMapFiles | ClaimRef | HostPath


@dataclass(frozen=True)
class Mount:
    """Defines where a container sees the volume `volume` (a pod volume, a StatefulSet
    claim, or a scratch directory)."""

    volume: str
    path: str
    read_only: bool = False


@dataclass(frozen=True)
class Port:
    """Defines a named TCP port a container listens on."""

    name: str
    port: int


@dataclass(frozen=True)
class Toleration:
    """Defines a toleration of a node taint (`operator` `Exists` matches any value)."""

    key: str
    operator: str = "Equal"
    value: str | None = None
    effect: str | None = None


@dataclass(frozen=True)
class Container:
    """Defines one container of a pod, hardened unless an opt-out says otherwise.

    Defaults: the root filesystem is read-only (`readOnlyRootFilesystem: true`), so a
    compromised process cannot replace the image's programs or leave files behind; the
    directories the program writes are listed in `scratch` (volume name → path), each an
    `emptyDir` that starts empty with the pod — `/tmp` by default, pass `{}` for a program
    that writes only to its mounts. No privilege escalation (`allowPrivilegeEscalation:
    false`: setuid binaries cannot gain rights). Every Linux capability is dropped
    (`capabilities.drop: [ALL]`). Together with the pod's defaults this is what the Pod
    Security `restricted` level requires, plus the read-only root it does not.

    Opt-outs (each an `OptOut` with the reason, rendered as an annotation):
    `writable_root_filesystem` for an image that writes where no scratch directory can be
    mounted (for example into its own installation); `privilege_escalation` for a program
    that must run a setuid helper (below `restricted`); `keep_capabilities` keeps the
    runtime's default capability set instead of dropping all (below `restricted`).
    """

    name: str
    image: str
    command: Sequence[str] = ()
    args: Sequence[str] = ()
    env: Mapping[str, EnvValue] = field(default_factory=dict)
    ports: Sequence[Port] = ()
    resources: Resources | None = None
    startup_probe: Probe | None = None
    readiness_probe: Probe | None = None
    liveness_probe: Probe | None = None
    mounts: Sequence[Mount] = ()
    scratch: Mapping[str, str] = field(default_factory=lambda: {"tmp": "/tmp"})
    writable_root_filesystem: OptOut | None = None
    privilege_escalation: OptOut | None = None
    keep_capabilities: OptOut | None = None

    def opt_outs(self) -> dict[names.HardeningField, OptOut]:
        """The container's opt-outs by the securityContext field they concern."""
        chosen: dict[names.HardeningField, OptOut | None] = {
            "readOnlyRootFilesystem": self.writable_root_filesystem,
            "allowPrivilegeEscalation": self.privilege_escalation,
            "capabilities": self.keep_capabilities,
        }
        return {key: value for key, value in chosen.items() if value is not None}


@dataclass(frozen=True)
class Pod:
    """Defines a pod: its containers, volumes and where it runs, hardened by default.

    Defaults: the containers must run as a non-root user (`runAsNonRoot: true`; the kubelet
    refuses to start an image whose user is root or not numeric, unless `run_as_user` names
    one); system calls are filtered by the runtime's default seccomp profile
    (`seccompProfile: RuntimeDefault`); the service account token is not mounted unless
    `service_account` is set (a pod that does not call the API server holds no credential).
    `run_as_user`/`run_as_group` override the image's user; `fs_group` makes mounted volumes
    group-writable by that group (for a claim the program writes to).

    Opt-outs: `root_user` for an image that must run as uid 0 (below `restricted`);
    `unconfined_seccomp` for a program the default profile breaks (below `restricted`).
    """

    containers: Sequence[Container]
    volumes: Sequence[Volume] = ()
    service_account: str | None = None
    run_as_user: int | None = None
    run_as_group: int | None = None
    fs_group: int | None = None
    root_user: OptOut | None = None
    unconfined_seccomp: OptOut | None = None
    termination_grace_period_seconds: int | None = None
    node_selector: Mapping[str, str] = field(default_factory=dict)
    tolerations: Sequence[Toleration] = ()
    runtime_class: str | None = None

    def annotations(self) -> dict[str, str]:
        """The opt-out annotations of the pod template: key → reason."""
        found: dict[str, str] = {}
        pod: dict[names.HardeningField, OptOut | None] = {
            "runAsNonRoot": self.root_user,
            "seccompProfile": self.unconfined_seccomp,
        }
        for key, opt_out in pod.items():
            if opt_out is not None:
                found[names.opt_out_annotation(names.POD_OPT_OUT_SCOPE, key)] = opt_out.reason
        for container in self.containers:
            for key, opt_out in container.opt_outs().items():
                found[names.opt_out_annotation(container.name, key)] = opt_out.reason
        return found

    def spec(self, owner: str, claims: Sequence[str] = ()) -> k8s.PodSpec:
        """The L1 pod spec; `claims` are the StatefulSet claim names mounts may also use.

        Raises ValueError (naming `owner`) for a mount of an unknown volume, two volumes of
        one name, no containers, or uid 0 without `root_user`.
        """
        if not self.containers:
            raise ValueError(f"{owner}: a pod needs at least one container")
        if self.run_as_user == 0 and self.root_user is None:
            raise ValueError(f"{owner}: run_as_user 0 is root; pass root_user=OptOut(reason)")
        scratch = [Volume(volume, EmptyDir()) for c in self.containers for volume in c.scratch]
        volumes = [*self.volumes, *scratch]
        declared = [v.name for v in volumes] + list(claims)
        if duplicates := sorted({n for n in declared if declared.count(n) > 1}):
            raise ValueError(f"{owner}: volume names used twice: {', '.join(duplicates)}")
        for container in self.containers:
            for mount in container.mounts:
                if mount.volume not in declared:
                    raise ValueError(
                        f"{owner}: container {container.name} mounts {mount.volume!r}, which "
                        f"is none of the pod's volumes ({', '.join(declared) or 'none'})"
                    )
        return k8s.PodSpec(
            service_account_name=self.service_account,
            automount_service_account_token=None if self.service_account else False,
            security_context=k8s.PodSecurityContext(
                run_as_non_root=None if self.root_user else True,
                run_as_user=self.run_as_user,
                run_as_group=self.run_as_group,
                fs_group=self.fs_group,
                seccomp_profile=(
                    k8s.SeccompProfile(type="Unconfined")
                    if self.unconfined_seccomp
                    else k8s.SeccompProfile(type="RuntimeDefault")
                ),
            ),
            containers=[_container(c) for c in self.containers],
            volumes=[_volume(v) for v in volumes] or None,
            termination_grace_period_seconds=self.termination_grace_period_seconds,
            node_selector=dict(self.node_selector) or None,
            tolerations=[
                k8s.Toleration(key=t.key, operator=t.operator, value=t.value, effect=t.effect)
                for t in self.tolerations
            ]
            or None,
            runtime_class_name=self.runtime_class,
        )


def _env(name: str, value: EnvValue) -> k8s.EnvVar:
    if isinstance(value, FromSecret):
        source = k8s.EnvVarSource(
            secret_key_ref=k8s.SecretKeySelector(name=value.name, key=value.key)
        )
        return k8s.EnvVar(name=name, value_from=source)
    if isinstance(value, FromField):
        source = k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path=value.path))
        return k8s.EnvVar(name=name, value_from=source)
    return k8s.EnvVar(name=name, value=value)


def _probe(probe: Probe | None) -> k8s.Probe | None:
    if probe is None:
        return None
    check = probe.check
    return k8s.Probe(
        http_get=(
            k8s.HttpGetAction(path=check.path, port=k8s.IntOrString.from_number(check.port))
            if isinstance(check, HttpGet)
            else None
        ),
        tcp_socket=(
            k8s.TcpSocketAction(port=k8s.IntOrString.from_number(check.port))
            if isinstance(check, TcpSocket)
            else None
        ),
        grpc=(
            k8s.GrpcAction(port=check.port, service=check.service)
            if isinstance(check, Grpc)
            else None
        ),
        initial_delay_seconds=probe.initial_delay_seconds,
        period_seconds=probe.period_seconds,
        failure_threshold=probe.failure_threshold,
        timeout_seconds=probe.timeout_seconds,
    )


def _quantities(values: Mapping[str, str]) -> dict[str, k8s.Quantity] | None:
    return {key: k8s.Quantity.from_string(value) for key, value in values.items()} or None


def _container(container: Container) -> k8s.Container:
    mounts = [
        *container.mounts,
        *(Mount(volume, path) for volume, path in container.scratch.items()),
    ]
    resources = container.resources
    return k8s.Container(
        name=container.name,
        image=container.image,
        command=list(container.command) or None,
        args=list(container.args) or None,
        env=[_env(name, value) for name, value in container.env.items()] or None,
        ports=[
            k8s.ContainerPort(name=port.name, container_port=port.port, protocol="TCP")
            for port in container.ports
        ]
        or None,
        resources=(
            k8s.ResourceRequirements(
                requests=_quantities(resources.requests), limits=_quantities(resources.limits)
            )
            if resources
            else None
        ),
        startup_probe=_probe(container.startup_probe),
        readiness_probe=_probe(container.readiness_probe),
        liveness_probe=_probe(container.liveness_probe),
        security_context=(
            None
            if len(container.opt_outs()) == 3
            else k8s.SecurityContext(
                read_only_root_filesystem=None if container.writable_root_filesystem else True,
                allow_privilege_escalation=None if container.privilege_escalation else False,
                capabilities=(
                    None if container.keep_capabilities else k8s.Capabilities(drop=["ALL"])
                ),
            )
        ),
        volume_mounts=[
            k8s.VolumeMount(name=m.volume, mount_path=m.path, read_only=m.read_only or None)
            for m in mounts
        ]
        or None,
    )


def _volume(volume: Volume) -> k8s.Volume:
    source = volume.source
    if isinstance(source, EmptyDir):
        return k8s.Volume(
            name=volume.name,
            empty_dir=k8s.EmptyDirVolumeSource(
                medium=source.medium,
                size_limit=(
                    k8s.Quantity.from_string(source.size_limit) if source.size_limit else None
                ),
            ),
        )
    if isinstance(source, ConfigMapFiles):
        return k8s.Volume(name=volume.name, config_map=k8s.ConfigMapVolumeSource(name=source.name))
    if isinstance(source, ClaimRef):
        return k8s.Volume(
            name=volume.name,
            persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(
                claim_name=source.claim_name
            ),
        )
    return k8s.Volume(
        name=volume.name, host_path=k8s.HostPathVolumeSource(path=source.path, type=source.type)
    )
