from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class InferenceObjective(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aillm-d.InferenceObjective",
):
    '''InferenceObjective is the Schema for the InferenceObjectives API.

    :schema: InferenceObjective
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferenceObjectiveSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "InferenceObjective" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: InferenceObjectiveSpec represents the desired state of a specific model use case. This resource is managed by the "Inference Workload Owner" persona. The Inference Workload Owner persona is someone that trains, verifies, and leverages a large language model from a model frontend, drives the lifecycle and rollout of new versions of those models, and defines the specific performance and latency goals for the model. These workloads are expected to operate within an InferencePool sharing compute capacity with other InferenceObjectives, defined by the Inference Platform Admin.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9aee1e47d5ff37867ec369d8b212cb0363098adf013f84ae94ed927afd1f64f2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = InferenceObjectiveProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferenceObjectiveSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "InferenceObjective".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: InferenceObjectiveSpec represents the desired state of a specific model use case. This resource is managed by the "Inference Workload Owner" persona. The Inference Workload Owner persona is someone that trains, verifies, and leverages a large language model from a model frontend, drives the lifecycle and rollout of new versions of those models, and defines the specific performance and latency goals for the model. These workloads are expected to operate within an InferencePool sharing compute capacity with other InferenceObjectives, defined by the Inference Platform Admin.
        '''
        props = InferenceObjectiveProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "InferenceObjective".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="aillm-d.InferenceObjectiveProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class InferenceObjectiveProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferenceObjectiveSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''InferenceObjective is the Schema for the InferenceObjectives API.

        :param metadata: 
        :param spec: InferenceObjectiveSpec represents the desired state of a specific model use case. This resource is managed by the "Inference Workload Owner" persona. The Inference Workload Owner persona is someone that trains, verifies, and leverages a large language model from a model frontend, drives the lifecycle and rollout of new versions of those models, and defines the specific performance and latency goals for the model. These workloads are expected to operate within an InferencePool sharing compute capacity with other InferenceObjectives, defined by the Inference Platform Admin.

        :schema: InferenceObjective
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = InferenceObjectiveSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ffc560f8234f104569e139dc12837dc927826abd328f66fbf4f9926a3af9414a)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: InferenceObjective#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["InferenceObjectiveSpec"]:
        '''InferenceObjectiveSpec represents the desired state of a specific model use case.

        This resource is
        managed by the "Inference Workload Owner" persona.

        The Inference Workload Owner persona is someone that trains, verifies, and
        leverages a large language model from a model frontend, drives the lifecycle
        and rollout of new versions of those models, and defines the specific
        performance and latency goals for the model. These workloads are
        expected to operate within an InferencePool sharing compute capacity with other
        InferenceObjectives, defined by the Inference Platform Admin.

        :schema: InferenceObjective#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["InferenceObjectiveSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferenceObjectiveProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aillm-d.InferenceObjectiveSpec",
    jsii_struct_bases=[],
    name_mapping={"pool_ref": "poolRef", "priority": "priority"},
)
class InferenceObjectiveSpec:
    def __init__(
        self,
        *,
        pool_ref: typing.Union["InferenceObjectiveSpecPoolRef", typing.Dict[builtins.str, typing.Any]],
        priority: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''InferenceObjectiveSpec represents the desired state of a specific model use case.

        This resource is
        managed by the "Inference Workload Owner" persona.

        The Inference Workload Owner persona is someone that trains, verifies, and
        leverages a large language model from a model frontend, drives the lifecycle
        and rollout of new versions of those models, and defines the specific
        performance and latency goals for the model. These workloads are
        expected to operate within an InferencePool sharing compute capacity with other
        InferenceObjectives, defined by the Inference Platform Admin.

        :param pool_ref: PoolRef is a reference to the inference pool, the pool must exist in the same namespace.
        :param priority: Priority defines how important it is to serve the request compared to other requests in the same pool. Priority is an integer value that defines the priority of the request. The higher the value, the more critical the request is; negative values *are* allowed. No default value is set for this field, allowing for future additions of new fields that may 'one of' with this field. However, implementations that consume this field (such as the Endpoint Picker) will treat an unset value as '0'. Priority is used in flow control, primarily in the event of resource scarcity(requests need to be queued). All requests will be queued, and flow control will *always* allow requests of higher priority to be served first. Fairness is only enforced and tracked between requests of the same priority. Example: requests with Priority 10 will always be served before requests with Priority of 0 (the value used if Priority is unset or no InferenceObjective is specified). Similarly requests with a Priority of -10 will always be served after requests with Priority of 0.

        :schema: InferenceObjectiveSpec
        '''
        if isinstance(pool_ref, dict):
            pool_ref = InferenceObjectiveSpecPoolRef(**pool_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__820ac64dc521944f25a5971d87fd7fcf4b7b9210380db460677f13e59d59a004)
            check_type(argname="argument pool_ref", value=pool_ref, expected_type=type_hints["pool_ref"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pool_ref": pool_ref,
        }
        if priority is not None:
            self._values["priority"] = priority

    @builtins.property
    def pool_ref(self) -> "InferenceObjectiveSpecPoolRef":
        '''PoolRef is a reference to the inference pool, the pool must exist in the same namespace.

        :schema: InferenceObjectiveSpec#poolRef
        '''
        result = self._values.get("pool_ref")
        assert result is not None, "Required property 'pool_ref' is missing"
        return typing.cast("InferenceObjectiveSpecPoolRef", result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Priority defines how important it is to serve the request compared to other requests in the same pool.

        Priority is an integer value that defines the priority of the request.
        The higher the value, the more critical the request is; negative values *are* allowed.
        No default value is set for this field, allowing for future additions of new fields that may 'one of' with this field.
        However, implementations that consume this field (such as the Endpoint Picker) will treat an unset value as '0'.
        Priority is used in flow control, primarily in the event of resource scarcity(requests need to be queued).
        All requests will be queued, and flow control will *always* allow requests of higher priority to be served first.
        Fairness is only enforced and tracked between requests of the same priority.

        Example: requests with Priority 10 will always be served before
        requests with Priority of 0 (the value used if Priority is unset or no InferenceObjective is specified).
        Similarly requests with a Priority of -10 will always be served after requests with Priority of 0.

        :schema: InferenceObjectiveSpec#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferenceObjectiveSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aillm-d.InferenceObjectiveSpecPoolRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "group": "group", "kind": "kind"},
)
class InferenceObjectiveSpecPoolRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PoolRef is a reference to the inference pool, the pool must exist in the same namespace.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent.
        :param kind: Kind is kind of the referent. For example "InferencePool".

        :schema: InferenceObjectiveSpecPoolRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c7310c8262fe1d8732676f19129d636ef02b70e37289e6fb2a25309d7f904ec)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: InferenceObjectiveSpecPoolRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        :schema: InferenceObjectiveSpecPoolRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is kind of the referent.

        For example "InferencePool".

        :schema: InferenceObjectiveSpecPoolRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferenceObjectiveSpecPoolRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "InferenceObjective",
    "InferenceObjectiveProps",
    "InferenceObjectiveSpec",
    "InferenceObjectiveSpecPoolRef",
]

publication.publish()

def _typecheckingstub__9aee1e47d5ff37867ec369d8b212cb0363098adf013f84ae94ed927afd1f64f2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InferenceObjectiveSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffc560f8234f104569e139dc12837dc927826abd328f66fbf4f9926a3af9414a(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InferenceObjectiveSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__820ac64dc521944f25a5971d87fd7fcf4b7b9210380db460677f13e59d59a004(
    *,
    pool_ref: typing.Union[InferenceObjectiveSpecPoolRef, typing.Dict[builtins.str, typing.Any]],
    priority: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c7310c8262fe1d8732676f19129d636ef02b70e37289e6fb2a25309d7f904ec(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
