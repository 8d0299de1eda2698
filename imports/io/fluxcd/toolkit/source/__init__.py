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


class GitRepository(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iofluxcdtoolkitsource.GitRepository",
):
    '''GitRepository is the Schema for the gitrepositories API.

    :schema: GitRepository
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GitRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GitRepository" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: GitRepositorySpec specifies the required configuration to produce an Artifact for a Git repository.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b7bf1aa27370e9b5aa65cd96e42db74ef341fbfa3d2a83ee9b1e8248b06fd23)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GitRepositoryProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GitRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GitRepository".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: GitRepositorySpec specifies the required configuration to produce an Artifact for a Git repository.
        '''
        props = GitRepositoryProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GitRepository".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositoryProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class GitRepositoryProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GitRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GitRepository is the Schema for the gitrepositories API.

        :param metadata: 
        :param spec: GitRepositorySpec specifies the required configuration to produce an Artifact for a Git repository.

        :schema: GitRepository
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = GitRepositorySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e94b2cd54ed91fbe0ceb9c82974ec96bc2a31b60434427de3c2c3e6f4f0b6ca)
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
        :schema: GitRepository#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["GitRepositorySpec"]:
        '''GitRepositorySpec specifies the required configuration to produce an Artifact for a Git repository.

        :schema: GitRepository#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["GitRepositorySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositoryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpec",
    jsii_struct_bases=[],
    name_mapping={
        "interval": "interval",
        "url": "url",
        "ignore": "ignore",
        "include": "include",
        "provider": "provider",
        "proxy_secret_ref": "proxySecretRef",
        "recurse_submodules": "recurseSubmodules",
        "ref": "ref",
        "secret_ref": "secretRef",
        "service_account_name": "serviceAccountName",
        "sparse_checkout": "sparseCheckout",
        "suspend": "suspend",
        "timeout": "timeout",
        "verify": "verify",
    },
)
class GitRepositorySpec:
    def __init__(
        self,
        *,
        interval: builtins.str,
        url: builtins.str,
        ignore: typing.Optional[builtins.str] = None,
        include: typing.Optional[typing.Sequence[typing.Union["GitRepositorySpecInclude", typing.Dict[builtins.str, typing.Any]]]] = None,
        provider: typing.Optional["GitRepositorySpecProvider"] = None,
        proxy_secret_ref: typing.Optional[typing.Union["GitRepositorySpecProxySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        recurse_submodules: typing.Optional[builtins.bool] = None,
        ref: typing.Optional[typing.Union["GitRepositorySpecRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_ref: typing.Optional[typing.Union["GitRepositorySpecSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        sparse_checkout: typing.Optional[typing.Sequence[builtins.str]] = None,
        suspend: typing.Optional[builtins.bool] = None,
        timeout: typing.Optional[builtins.str] = None,
        verify: typing.Optional[typing.Union["GitRepositorySpecVerify", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GitRepositorySpec specifies the required configuration to produce an Artifact for a Git repository.

        :param interval: Interval at which the GitRepository URL is checked for updates. This interval is approximate and may be subject to jitter to ensure efficient use of resources.
        :param url: URL specifies the Git repository URL, it can be an HTTP/S or SSH address.
        :param ignore: Ignore overrides the set of excluded patterns in the .sourceignore format (which is the same as .gitignore). If not provided, a default will be used, consult the documentation for your version to find out what those are.
        :param include: Include specifies a list of GitRepository resources which Artifacts should be included in the Artifact produced for this GitRepository.
        :param provider: Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'. When not specified, defaults to 'generic'.
        :param proxy_secret_ref: ProxySecretRef specifies the Secret containing the proxy configuration to use while communicating with the Git server.
        :param recurse_submodules: RecurseSubmodules enables the initialization of all submodules within the GitRepository as cloned from the URL, using their default settings.
        :param ref: Reference specifies the Git reference to resolve and monitor for changes, defaults to the 'master' branch.
        :param secret_ref: SecretRef specifies the Secret containing authentication credentials for the GitRepository. For HTTPS repositories the Secret must contain 'username' and 'password' fields for basic auth or 'bearerToken' field for token auth. For SSH repositories the Secret must contain 'identity' and 'known_hosts' fields.
        :param service_account_name: ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate to the GitRepository. This field is only supported for 'azure' and 'aws' providers.
        :param sparse_checkout: SparseCheckout specifies a list of directories to checkout when cloning the repository. If specified, only these directories are included in the Artifact produced for this GitRepository.
        :param suspend: Suspend tells the controller to suspend the reconciliation of this GitRepository.
        :param timeout: Timeout for Git operations like cloning, defaults to 60s.
        :param verify: Verification specifies the configuration to verify the Git commit signature(s).

        :schema: GitRepositorySpec
        '''
        if isinstance(proxy_secret_ref, dict):
            proxy_secret_ref = GitRepositorySpecProxySecretRef(**proxy_secret_ref)
        if isinstance(ref, dict):
            ref = GitRepositorySpecRef(**ref)
        if isinstance(secret_ref, dict):
            secret_ref = GitRepositorySpecSecretRef(**secret_ref)
        if isinstance(verify, dict):
            verify = GitRepositorySpecVerify(**verify)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d91df4b0088a5830932c61a1d46d0b1122e138426f232c19413559a1c3dfd1f)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument ignore", value=ignore, expected_type=type_hints["ignore"])
            check_type(argname="argument include", value=include, expected_type=type_hints["include"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument proxy_secret_ref", value=proxy_secret_ref, expected_type=type_hints["proxy_secret_ref"])
            check_type(argname="argument recurse_submodules", value=recurse_submodules, expected_type=type_hints["recurse_submodules"])
            check_type(argname="argument ref", value=ref, expected_type=type_hints["ref"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument sparse_checkout", value=sparse_checkout, expected_type=type_hints["sparse_checkout"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument verify", value=verify, expected_type=type_hints["verify"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "interval": interval,
            "url": url,
        }
        if ignore is not None:
            self._values["ignore"] = ignore
        if include is not None:
            self._values["include"] = include
        if provider is not None:
            self._values["provider"] = provider
        if proxy_secret_ref is not None:
            self._values["proxy_secret_ref"] = proxy_secret_ref
        if recurse_submodules is not None:
            self._values["recurse_submodules"] = recurse_submodules
        if ref is not None:
            self._values["ref"] = ref
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if sparse_checkout is not None:
            self._values["sparse_checkout"] = sparse_checkout
        if suspend is not None:
            self._values["suspend"] = suspend
        if timeout is not None:
            self._values["timeout"] = timeout
        if verify is not None:
            self._values["verify"] = verify

    @builtins.property
    def interval(self) -> builtins.str:
        '''Interval at which the GitRepository URL is checked for updates.

        This interval is approximate and may be subject to jitter to ensure
        efficient use of resources.

        :schema: GitRepositorySpec#interval
        '''
        result = self._values.get("interval")
        assert result is not None, "Required property 'interval' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''URL specifies the Git repository URL, it can be an HTTP/S or SSH address.

        :schema: GitRepositorySpec#url
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ignore(self) -> typing.Optional[builtins.str]:
        '''Ignore overrides the set of excluded patterns in the .sourceignore format (which is the same as .gitignore). If not provided, a default will be used, consult the documentation for your version to find out what those are.

        :schema: GitRepositorySpec#ignore
        '''
        result = self._values.get("ignore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def include(self) -> typing.Optional[typing.List["GitRepositorySpecInclude"]]:
        '''Include specifies a list of GitRepository resources which Artifacts should be included in the Artifact produced for this GitRepository.

        :schema: GitRepositorySpec#include
        '''
        result = self._values.get("include")
        return typing.cast(typing.Optional[typing.List["GitRepositorySpecInclude"]], result)

    @builtins.property
    def provider(self) -> typing.Optional["GitRepositorySpecProvider"]:
        '''Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'.

        When not specified, defaults to 'generic'.

        :schema: GitRepositorySpec#provider
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["GitRepositorySpecProvider"], result)

    @builtins.property
    def proxy_secret_ref(self) -> typing.Optional["GitRepositorySpecProxySecretRef"]:
        '''ProxySecretRef specifies the Secret containing the proxy configuration to use while communicating with the Git server.

        :schema: GitRepositorySpec#proxySecretRef
        '''
        result = self._values.get("proxy_secret_ref")
        return typing.cast(typing.Optional["GitRepositorySpecProxySecretRef"], result)

    @builtins.property
    def recurse_submodules(self) -> typing.Optional[builtins.bool]:
        '''RecurseSubmodules enables the initialization of all submodules within the GitRepository as cloned from the URL, using their default settings.

        :schema: GitRepositorySpec#recurseSubmodules
        '''
        result = self._values.get("recurse_submodules")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ref(self) -> typing.Optional["GitRepositorySpecRef"]:
        '''Reference specifies the Git reference to resolve and monitor for changes, defaults to the 'master' branch.

        :schema: GitRepositorySpec#ref
        '''
        result = self._values.get("ref")
        return typing.cast(typing.Optional["GitRepositorySpecRef"], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["GitRepositorySpecSecretRef"]:
        '''SecretRef specifies the Secret containing authentication credentials for the GitRepository.

        For HTTPS repositories the Secret must contain 'username' and 'password'
        fields for basic auth or 'bearerToken' field for token auth.
        For SSH repositories the Secret must contain 'identity'
        and 'known_hosts' fields.

        :schema: GitRepositorySpec#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["GitRepositorySpecSecretRef"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate to the GitRepository.

        This field is only supported for 'azure' and 'aws' providers.

        :schema: GitRepositorySpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sparse_checkout(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SparseCheckout specifies a list of directories to checkout when cloning the repository.

        If specified, only these directories are included in the
        Artifact produced for this GitRepository.

        :schema: GitRepositorySpec#sparseCheckout
        '''
        result = self._values.get("sparse_checkout")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''Suspend tells the controller to suspend the reconciliation of this GitRepository.

        :schema: GitRepositorySpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for Git operations like cloning, defaults to 60s.

        :schema: GitRepositorySpec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def verify(self) -> typing.Optional["GitRepositorySpecVerify"]:
        '''Verification specifies the configuration to verify the Git commit signature(s).

        :schema: GitRepositorySpec#verify
        '''
        result = self._values.get("verify")
        return typing.cast(typing.Optional["GitRepositorySpecVerify"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecInclude",
    jsii_struct_bases=[],
    name_mapping={
        "repository": "repository",
        "from_path": "fromPath",
        "to_path": "toPath",
    },
)
class GitRepositorySpecInclude:
    def __init__(
        self,
        *,
        repository: typing.Union["GitRepositorySpecIncludeRepository", typing.Dict[builtins.str, typing.Any]],
        from_path: typing.Optional[builtins.str] = None,
        to_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GitRepositoryInclude specifies a local reference to a GitRepository which Artifact (sub-)contents must be included, and where they should be placed.

        :param repository: GitRepositoryRef specifies the GitRepository which Artifact contents must be included.
        :param from_path: FromPath specifies the path to copy contents from, defaults to the root of the Artifact.
        :param to_path: ToPath specifies the path to copy contents to, defaults to the name of the GitRepositoryRef.

        :schema: GitRepositorySpecInclude
        '''
        if isinstance(repository, dict):
            repository = GitRepositorySpecIncludeRepository(**repository)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c46c35eadc884cff94d08da416bdeaf0bfa5331635d34cd2ec697fda837094f1)
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument from_path", value=from_path, expected_type=type_hints["from_path"])
            check_type(argname="argument to_path", value=to_path, expected_type=type_hints["to_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "repository": repository,
        }
        if from_path is not None:
            self._values["from_path"] = from_path
        if to_path is not None:
            self._values["to_path"] = to_path

    @builtins.property
    def repository(self) -> "GitRepositorySpecIncludeRepository":
        '''GitRepositoryRef specifies the GitRepository which Artifact contents must be included.

        :schema: GitRepositorySpecInclude#repository
        '''
        result = self._values.get("repository")
        assert result is not None, "Required property 'repository' is missing"
        return typing.cast("GitRepositorySpecIncludeRepository", result)

    @builtins.property
    def from_path(self) -> typing.Optional[builtins.str]:
        '''FromPath specifies the path to copy contents from, defaults to the root of the Artifact.

        :schema: GitRepositorySpecInclude#fromPath
        '''
        result = self._values.get("from_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to_path(self) -> typing.Optional[builtins.str]:
        '''ToPath specifies the path to copy contents to, defaults to the name of the GitRepositoryRef.

        :schema: GitRepositorySpecInclude#toPath
        '''
        result = self._values.get("to_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecInclude(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecIncludeRepository",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecIncludeRepository:
    def __init__(self, *, name: builtins.str) -> None:
        '''GitRepositoryRef specifies the GitRepository which Artifact contents must be included.

        :param name: Name of the referent.

        :schema: GitRepositorySpecIncludeRepository
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1454b4ba56fbd772d8f95523b3e810fb161cd5e5888d1f15ac0c374619b5e72)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: GitRepositorySpecIncludeRepository#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecIncludeRepository(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.GitRepositorySpecProvider")
class GitRepositorySpecProvider(enum.Enum):
    '''Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'.

    When not specified, defaults to 'generic'.

    :schema: GitRepositorySpecProvider
    '''

    GENERIC = "GENERIC"
    '''generic.'''
    AWS = "AWS"
    '''aws.'''
    AZURE = "AZURE"
    '''azure.'''
    GITHUB = "GITHUB"
    '''github.'''


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecProxySecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecProxySecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''ProxySecretRef specifies the Secret containing the proxy configuration to use while communicating with the Git server.

        :param name: Name of the referent.

        :schema: GitRepositorySpecProxySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__870d700eac08c695306c05eefb382060628aff1b323589f97dadd2156c6ae46b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: GitRepositorySpecProxySecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecProxySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecRef",
    jsii_struct_bases=[],
    name_mapping={
        "branch": "branch",
        "commit": "commit",
        "name": "name",
        "semver": "semver",
        "tag": "tag",
    },
)
class GitRepositorySpecRef:
    def __init__(
        self,
        *,
        branch: typing.Optional[builtins.str] = None,
        commit: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        semver: typing.Optional[builtins.str] = None,
        tag: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference specifies the Git reference to resolve and monitor for changes, defaults to the 'master' branch.

        :param branch: Branch to check out, defaults to 'master' if no other field is defined.
        :param commit: Commit SHA to check out, takes precedence over all reference fields. This can be combined with Branch to shallow clone the branch, in which the commit is expected to exist.
        :param name: Name of the reference to check out; takes precedence over Branch, Tag and SemVer. It must be a valid Git reference: https://git-scm.com/docs/git-check-ref-format#_description Examples: "refs/heads/main", "refs/tags/v0.1.0", "refs/pull/420/head", "refs/merge-requests/1/head"
        :param semver: SemVer tag expression to check out, takes precedence over Tag.
        :param tag: Tag to check out, takes precedence over Branch.

        :schema: GitRepositorySpecRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e41483a3ef683e6ff2797f05ec5d1ddb58ef4950671c0d71e1573d01e85557d)
            check_type(argname="argument branch", value=branch, expected_type=type_hints["branch"])
            check_type(argname="argument commit", value=commit, expected_type=type_hints["commit"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument semver", value=semver, expected_type=type_hints["semver"])
            check_type(argname="argument tag", value=tag, expected_type=type_hints["tag"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if branch is not None:
            self._values["branch"] = branch
        if commit is not None:
            self._values["commit"] = commit
        if name is not None:
            self._values["name"] = name
        if semver is not None:
            self._values["semver"] = semver
        if tag is not None:
            self._values["tag"] = tag

    @builtins.property
    def branch(self) -> typing.Optional[builtins.str]:
        '''Branch to check out, defaults to 'master' if no other field is defined.

        :schema: GitRepositorySpecRef#branch
        '''
        result = self._values.get("branch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def commit(self) -> typing.Optional[builtins.str]:
        '''Commit SHA to check out, takes precedence over all reference fields.

        This can be combined with Branch to shallow clone the branch, in which
        the commit is expected to exist.

        :schema: GitRepositorySpecRef#commit
        '''
        result = self._values.get("commit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the reference to check out; takes precedence over Branch, Tag and SemVer.

        It must be a valid Git reference: https://git-scm.com/docs/git-check-ref-format#_description
        Examples: "refs/heads/main", "refs/tags/v0.1.0", "refs/pull/420/head", "refs/merge-requests/1/head"

        :schema: GitRepositorySpecRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def semver(self) -> typing.Optional[builtins.str]:
        '''SemVer tag expression to check out, takes precedence over Tag.

        :schema: GitRepositorySpecRef#semver
        '''
        result = self._values.get("semver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag(self) -> typing.Optional[builtins.str]:
        '''Tag to check out, takes precedence over Branch.

        :schema: GitRepositorySpecRef#tag
        '''
        result = self._values.get("tag")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''SecretRef specifies the Secret containing authentication credentials for the GitRepository.

        For HTTPS repositories the Secret must contain 'username' and 'password'
        fields for basic auth or 'bearerToken' field for token auth.
        For SSH repositories the Secret must contain 'identity'
        and 'known_hosts' fields.

        :param name: Name of the referent.

        :schema: GitRepositorySpecSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9d756530b37a6221a178d106d667b748c851ca5cb7e6c7945a6ac70c2a16e17)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: GitRepositorySpecSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecVerify",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef", "mode": "mode"},
)
class GitRepositorySpecVerify:
    def __init__(
        self,
        *,
        secret_ref: typing.Union["GitRepositorySpecVerifySecretRef", typing.Dict[builtins.str, typing.Any]],
        mode: typing.Optional["GitRepositorySpecVerifyMode"] = None,
    ) -> None:
        '''Verification specifies the configuration to verify the Git commit signature(s).

        :param secret_ref: SecretRef specifies the Secret containing the public keys of trusted Git authors. PGP public keys must be stored under keys with the .asc suffix, and SSH public keys must be stored under keys with the .sshpub suffix.
        :param mode: Mode specifies which Git object(s) should be verified. The variants "head" and "HEAD" both imply the same thing, i.e. verify the commit that the HEAD of the Git repository points to. The variant "head" solely exists to ensure backwards compatibility.

        :schema: GitRepositorySpecVerify
        '''
        if isinstance(secret_ref, dict):
            secret_ref = GitRepositorySpecVerifySecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c205cc42560fed7f4e03c7113cf693c4838cdeb2d8f2eb87d1982458f8ae3093)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_ref": secret_ref,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def secret_ref(self) -> "GitRepositorySpecVerifySecretRef":
        '''SecretRef specifies the Secret containing the public keys of trusted Git authors.

        PGP public keys must be stored under keys with the .asc suffix,
        and SSH public keys must be stored under keys with the .sshpub suffix.

        :schema: GitRepositorySpecVerify#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("GitRepositorySpecVerifySecretRef", result)

    @builtins.property
    def mode(self) -> typing.Optional["GitRepositorySpecVerifyMode"]:
        '''Mode specifies which Git object(s) should be verified.

        The variants "head" and "HEAD" both imply the same thing, i.e. verify
        the commit that the HEAD of the Git repository points to. The variant
        "head" solely exists to ensure backwards compatibility.

        :schema: GitRepositorySpecVerify#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["GitRepositorySpecVerifyMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecVerify(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.GitRepositorySpecVerifyMode")
class GitRepositorySpecVerifyMode(enum.Enum):
    '''Mode specifies which Git object(s) should be verified.

    The variants "head" and "HEAD" both imply the same thing, i.e. verify
    the commit that the HEAD of the Git repository points to. The variant
    "head" solely exists to ensure backwards compatibility.

    :schema: GitRepositorySpecVerifyMode
    '''

    HEAD = "HEAD"
    '''head.'''
    TAG = "TAG"
    '''Tag.'''
    TAG_AND_HEAD = "TAG_AND_HEAD"
    '''TagAndHEAD.'''


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecVerifySecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecVerifySecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''SecretRef specifies the Secret containing the public keys of trusted Git authors.

        PGP public keys must be stored under keys with the .asc suffix,
        and SSH public keys must be stored under keys with the .sshpub suffix.

        :param name: Name of the referent.

        :schema: GitRepositorySpecVerifySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd3f43c3eb3bfcbb60d86de8c6bc17cdfaa2af776bb0bae438e6c17face9e664)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: GitRepositorySpecVerifySecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecVerifySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class HelmRepository(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iofluxcdtoolkitsource.HelmRepository",
):
    '''HelmRepository is the Schema for the helmrepositories API.

    :schema: HelmRepository
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HelmRepository" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: HelmRepositorySpec specifies the required configuration to produce an Artifact for a Helm repository index YAML.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7129a5ccf93ced09be4be06ac2e9a3213c3ff5970c1b457b979091ac6b4a513b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HelmRepositoryProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HelmRepository".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: HelmRepositorySpec specifies the required configuration to produce an Artifact for a Helm repository index YAML.
        '''
        props = HelmRepositoryProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HelmRepository".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.HelmRepositoryProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class HelmRepositoryProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HelmRepository is the Schema for the helmrepositories API.

        :param metadata: 
        :param spec: HelmRepositorySpec specifies the required configuration to produce an Artifact for a Helm repository index YAML.

        :schema: HelmRepository
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = HelmRepositorySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__959f107bba225ba86335474b60cfc4e7cf8ca5f22b47c69dc8d64017baf3cb4d)
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
        :schema: HelmRepository#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["HelmRepositorySpec"]:
        '''HelmRepositorySpec specifies the required configuration to produce an Artifact for a Helm repository index YAML.

        :schema: HelmRepository#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["HelmRepositorySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmRepositoryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.HelmRepositorySpec",
    jsii_struct_bases=[],
    name_mapping={
        "url": "url",
        "access_from": "accessFrom",
        "cert_secret_ref": "certSecretRef",
        "insecure": "insecure",
        "interval": "interval",
        "pass_credentials": "passCredentials",
        "provider": "provider",
        "secret_ref": "secretRef",
        "suspend": "suspend",
        "timeout": "timeout",
        "type": "type",
    },
)
class HelmRepositorySpec:
    def __init__(
        self,
        *,
        url: builtins.str,
        access_from: typing.Optional[typing.Union["HelmRepositorySpecAccessFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        cert_secret_ref: typing.Optional[typing.Union["HelmRepositorySpecCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure: typing.Optional[builtins.bool] = None,
        interval: typing.Optional[builtins.str] = None,
        pass_credentials: typing.Optional[builtins.bool] = None,
        provider: typing.Optional["HelmRepositorySpecProvider"] = None,
        secret_ref: typing.Optional[typing.Union["HelmRepositorySpecSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        suspend: typing.Optional[builtins.bool] = None,
        timeout: typing.Optional[builtins.str] = None,
        type: typing.Optional["HelmRepositorySpecType"] = None,
    ) -> None:
        '''HelmRepositorySpec specifies the required configuration to produce an Artifact for a Helm repository index YAML.

        :param url: URL of the Helm repository, a valid URL contains at least a protocol and host.
        :param access_from: AccessFrom specifies an Access Control List for allowing cross-namespace references to this object. NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092
        :param cert_secret_ref: CertSecretRef can be given the name of a Secret containing either or both of. - a PEM-encoded client certificate (``tls.crt``) and private key (``tls.key``); - a PEM-encoded CA certificate (``ca.crt``) and whichever are supplied, will be used for connecting to the registry. The client cert and key are useful if you are authenticating with a certificate; the CA cert is useful if you are using a self-signed server certificate. The Secret must be of type ``Opaque`` or ``kubernetes.io/tls``. It takes precedence over the values specified in the Secret referred to by ``.spec.secretRef``.
        :param insecure: Insecure allows connecting to a non-TLS HTTP container registry. This field is only taken into account if the .spec.type field is set to 'oci'.
        :param interval: Interval at which the HelmRepository URL is checked for updates. This interval is approximate and may be subject to jitter to ensure efficient use of resources.
        :param pass_credentials: PassCredentials allows the credentials from the SecretRef to be passed on to a host that does not match the host as defined in URL. This may be required if the host of the advertised chart URLs in the index differ from the defined URL. Enabling this should be done with caution, as it can potentially result in credentials getting stolen in a MITM-attack.
        :param provider: Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'. This field is optional, and only taken into account if the .spec.type field is set to 'oci'. When not specified, defaults to 'generic'.
        :param secret_ref: SecretRef specifies the Secret containing authentication credentials for the HelmRepository. For HTTP/S basic auth the secret must contain 'username' and 'password' fields. Support for TLS auth using the 'certFile' and 'keyFile', and/or 'caFile' keys is deprecated. Please use ``.spec.certSecretRef`` instead.
        :param suspend: Suspend tells the controller to suspend the reconciliation of this HelmRepository.
        :param timeout: Timeout is used for the index fetch operation for an HTTPS helm repository, and for remote OCI Repository operations like pulling for an OCI helm chart by the associated HelmChart. Its default value is 60s.
        :param type: Type of the HelmRepository. When this field is set to "oci", the URL field value must be prefixed with "oci://".

        :schema: HelmRepositorySpec
        '''
        if isinstance(access_from, dict):
            access_from = HelmRepositorySpecAccessFrom(**access_from)
        if isinstance(cert_secret_ref, dict):
            cert_secret_ref = HelmRepositorySpecCertSecretRef(**cert_secret_ref)
        if isinstance(secret_ref, dict):
            secret_ref = HelmRepositorySpecSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3721214a49aa481b01fbbf027c0b58f55af3ac1313513f9966f5be401775c68f)
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument access_from", value=access_from, expected_type=type_hints["access_from"])
            check_type(argname="argument cert_secret_ref", value=cert_secret_ref, expected_type=type_hints["cert_secret_ref"])
            check_type(argname="argument insecure", value=insecure, expected_type=type_hints["insecure"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument pass_credentials", value=pass_credentials, expected_type=type_hints["pass_credentials"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "url": url,
        }
        if access_from is not None:
            self._values["access_from"] = access_from
        if cert_secret_ref is not None:
            self._values["cert_secret_ref"] = cert_secret_ref
        if insecure is not None:
            self._values["insecure"] = insecure
        if interval is not None:
            self._values["interval"] = interval
        if pass_credentials is not None:
            self._values["pass_credentials"] = pass_credentials
        if provider is not None:
            self._values["provider"] = provider
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if suspend is not None:
            self._values["suspend"] = suspend
        if timeout is not None:
            self._values["timeout"] = timeout
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def url(self) -> builtins.str:
        '''URL of the Helm repository, a valid URL contains at least a protocol and host.

        :schema: HelmRepositorySpec#url
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access_from(self) -> typing.Optional["HelmRepositorySpecAccessFrom"]:
        '''AccessFrom specifies an Access Control List for allowing cross-namespace references to this object.

        NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092

        :schema: HelmRepositorySpec#accessFrom
        '''
        result = self._values.get("access_from")
        return typing.cast(typing.Optional["HelmRepositorySpecAccessFrom"], result)

    @builtins.property
    def cert_secret_ref(self) -> typing.Optional["HelmRepositorySpecCertSecretRef"]:
        '''CertSecretRef can be given the name of a Secret containing either or both of.

        - a PEM-encoded client certificate (``tls.crt``) and private
          key (``tls.key``);
        - a PEM-encoded CA certificate (``ca.crt``)

        and whichever are supplied, will be used for connecting to the
        registry. The client cert and key are useful if you are
        authenticating with a certificate; the CA cert is useful if
        you are using a self-signed server certificate. The Secret must
        be of type ``Opaque`` or ``kubernetes.io/tls``.

        It takes precedence over the values specified in the Secret referred
        to by ``.spec.secretRef``.

        :schema: HelmRepositorySpec#certSecretRef
        '''
        result = self._values.get("cert_secret_ref")
        return typing.cast(typing.Optional["HelmRepositorySpecCertSecretRef"], result)

    @builtins.property
    def insecure(self) -> typing.Optional[builtins.bool]:
        '''Insecure allows connecting to a non-TLS HTTP container registry.

        This field is only taken into account if the .spec.type field is set to 'oci'.

        :schema: HelmRepositorySpec#insecure
        '''
        result = self._values.get("insecure")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Interval at which the HelmRepository URL is checked for updates.

        This interval is approximate and may be subject to jitter to ensure
        efficient use of resources.

        :schema: HelmRepositorySpec#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pass_credentials(self) -> typing.Optional[builtins.bool]:
        '''PassCredentials allows the credentials from the SecretRef to be passed on to a host that does not match the host as defined in URL.

        This may be required if the host of the advertised chart URLs in the
        index differ from the defined URL.
        Enabling this should be done with caution, as it can potentially result
        in credentials getting stolen in a MITM-attack.

        :schema: HelmRepositorySpec#passCredentials
        '''
        result = self._values.get("pass_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def provider(self) -> typing.Optional["HelmRepositorySpecProvider"]:
        '''Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.

        This field is optional, and only taken into account if the .spec.type field is set to 'oci'.
        When not specified, defaults to 'generic'.

        :schema: HelmRepositorySpec#provider
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["HelmRepositorySpecProvider"], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["HelmRepositorySpecSecretRef"]:
        '''SecretRef specifies the Secret containing authentication credentials for the HelmRepository.

        For HTTP/S basic auth the secret must contain 'username' and 'password'
        fields.
        Support for TLS auth using the 'certFile' and 'keyFile', and/or 'caFile'
        keys is deprecated. Please use ``.spec.certSecretRef`` instead.

        :schema: HelmRepositorySpec#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["HelmRepositorySpecSecretRef"], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''Suspend tells the controller to suspend the reconciliation of this HelmRepository.

        :schema: HelmRepositorySpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout is used for the index fetch operation for an HTTPS helm repository, and for remote OCI Repository operations like pulling for an OCI helm chart by the associated HelmChart.

        Its default value is 60s.

        :schema: HelmRepositorySpec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional["HelmRepositorySpecType"]:
        '''Type of the HelmRepository.

        When this field is set to  "oci", the URL field value must be prefixed with "oci://".

        :schema: HelmRepositorySpec#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HelmRepositorySpecType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmRepositorySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.HelmRepositorySpecAccessFrom",
    jsii_struct_bases=[],
    name_mapping={"namespace_selectors": "namespaceSelectors"},
)
class HelmRepositorySpecAccessFrom:
    def __init__(
        self,
        *,
        namespace_selectors: typing.Sequence[typing.Union["HelmRepositorySpecAccessFromNamespaceSelectors", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''AccessFrom specifies an Access Control List for allowing cross-namespace references to this object.

        NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092

        :param namespace_selectors: NamespaceSelectors is the list of namespace selectors to which this ACL applies. Items in this list are evaluated using a logical OR operation.

        :schema: HelmRepositorySpecAccessFrom
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f1f517802af5dfa0045b5e1d430d3d47bb364ea9247df15e31a675cf21e4799)
            check_type(argname="argument namespace_selectors", value=namespace_selectors, expected_type=type_hints["namespace_selectors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "namespace_selectors": namespace_selectors,
        }

    @builtins.property
    def namespace_selectors(
        self,
    ) -> typing.List["HelmRepositorySpecAccessFromNamespaceSelectors"]:
        '''NamespaceSelectors is the list of namespace selectors to which this ACL applies.

        Items in this list are evaluated using a logical OR operation.

        :schema: HelmRepositorySpecAccessFrom#namespaceSelectors
        '''
        result = self._values.get("namespace_selectors")
        assert result is not None, "Required property 'namespace_selectors' is missing"
        return typing.cast(typing.List["HelmRepositorySpecAccessFromNamespaceSelectors"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmRepositorySpecAccessFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.HelmRepositorySpecAccessFromNamespaceSelectors",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class HelmRepositorySpecAccessFromNamespaceSelectors:
    def __init__(
        self,
        *,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''NamespaceSelector selects the namespaces to which this ACL applies.

        An empty map of MatchLabels matches all namespaces in a cluster.

        :param match_labels: MatchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: HelmRepositorySpecAccessFromNamespaceSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5ca59e32d38aad623599f7c5580cefa57391e3fbeffd48c492c2207c1f116f5)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''MatchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: HelmRepositorySpecAccessFromNamespaceSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmRepositorySpecAccessFromNamespaceSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.HelmRepositorySpecCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class HelmRepositorySpecCertSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''CertSecretRef can be given the name of a Secret containing either or both of.

        - a PEM-encoded client certificate (``tls.crt``) and private
          key (``tls.key``);
        - a PEM-encoded CA certificate (``ca.crt``)

        and whichever are supplied, will be used for connecting to the
        registry. The client cert and key are useful if you are
        authenticating with a certificate; the CA cert is useful if
        you are using a self-signed server certificate. The Secret must
        be of type ``Opaque`` or ``kubernetes.io/tls``.

        It takes precedence over the values specified in the Secret referred
        to by ``.spec.secretRef``.

        :param name: Name of the referent.

        :schema: HelmRepositorySpecCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bb0bb0a9b33db04a1b54dcb49e42e9c5a356dce8042d5830550003c699ad6e4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: HelmRepositorySpecCertSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmRepositorySpecCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.HelmRepositorySpecProvider")
class HelmRepositorySpecProvider(enum.Enum):
    '''Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.

    This field is optional, and only taken into account if the .spec.type field is set to 'oci'.
    When not specified, defaults to 'generic'.

    :schema: HelmRepositorySpecProvider
    '''

    GENERIC = "GENERIC"
    '''generic.'''
    AWS = "AWS"
    '''aws.'''
    AZURE = "AZURE"
    '''azure.'''
    GCP = "GCP"
    '''gcp.'''


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.HelmRepositorySpecSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class HelmRepositorySpecSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''SecretRef specifies the Secret containing authentication credentials for the HelmRepository.

        For HTTP/S basic auth the secret must contain 'username' and 'password'
        fields.
        Support for TLS auth using the 'certFile' and 'keyFile', and/or 'caFile'
        keys is deprecated. Please use ``.spec.certSecretRef`` instead.

        :param name: Name of the referent.

        :schema: HelmRepositorySpecSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__309910e445afecb67d37fc199f233c8183f96d3233a40f72c7178395a4b65f62)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: HelmRepositorySpecSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmRepositorySpecSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.HelmRepositorySpecType")
class HelmRepositorySpecType(enum.Enum):
    '''Type of the HelmRepository.

    When this field is set to  "oci", the URL field value must be prefixed with "oci://".

    :schema: HelmRepositorySpecType
    '''

    DEFAULT = "DEFAULT"
    '''default.'''
    OCI = "OCI"
    '''oci.'''


class OciRepository(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iofluxcdtoolkitsource.OciRepository",
):
    '''OCIRepository is the Schema for the ocirepositories API.

    :schema: OCIRepository
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["OciRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "OCIRepository" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: OCIRepositorySpec defines the desired state of OCIRepository.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9754c69b7ff550691c8d1536733f94138b115874e85510fdbb8c388ba37fc17e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = OciRepositoryProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["OciRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "OCIRepository".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: OCIRepositorySpec defines the desired state of OCIRepository.
        '''
        props = OciRepositoryProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "OCIRepository".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositoryProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class OciRepositoryProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["OciRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''OCIRepository is the Schema for the ocirepositories API.

        :param metadata: 
        :param spec: OCIRepositorySpec defines the desired state of OCIRepository.

        :schema: OCIRepository
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = OciRepositorySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a43929e7054e67a1254afb35e4f2cae83e8792f477f2f9aea2703606872aee37)
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
        :schema: OCIRepository#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["OciRepositorySpec"]:
        '''OCIRepositorySpec defines the desired state of OCIRepository.

        :schema: OCIRepository#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["OciRepositorySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositoryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpec",
    jsii_struct_bases=[],
    name_mapping={
        "interval": "interval",
        "url": "url",
        "cert_secret_ref": "certSecretRef",
        "ignore": "ignore",
        "insecure": "insecure",
        "layer_selector": "layerSelector",
        "provider": "provider",
        "proxy_secret_ref": "proxySecretRef",
        "ref": "ref",
        "secret_ref": "secretRef",
        "service_account_name": "serviceAccountName",
        "suspend": "suspend",
        "timeout": "timeout",
        "verify": "verify",
    },
)
class OciRepositorySpec:
    def __init__(
        self,
        *,
        interval: builtins.str,
        url: builtins.str,
        cert_secret_ref: typing.Optional[typing.Union["OciRepositorySpecCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        ignore: typing.Optional[builtins.str] = None,
        insecure: typing.Optional[builtins.bool] = None,
        layer_selector: typing.Optional[typing.Union["OciRepositorySpecLayerSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["OciRepositorySpecProvider"] = None,
        proxy_secret_ref: typing.Optional[typing.Union["OciRepositorySpecProxySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        ref: typing.Optional[typing.Union["OciRepositorySpecRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_ref: typing.Optional[typing.Union["OciRepositorySpecSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        suspend: typing.Optional[builtins.bool] = None,
        timeout: typing.Optional[builtins.str] = None,
        verify: typing.Optional[typing.Union["OciRepositorySpecVerify", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''OCIRepositorySpec defines the desired state of OCIRepository.

        :param interval: Interval at which the OCIRepository URL is checked for updates. This interval is approximate and may be subject to jitter to ensure efficient use of resources.
        :param url: URL is a reference to an OCI artifact repository hosted on a remote container registry.
        :param cert_secret_ref: CertSecretRef can be given the name of a Secret containing either or both of. - a PEM-encoded client certificate (``tls.crt``) and private key (``tls.key``); - a PEM-encoded CA certificate (``ca.crt``) and whichever are supplied, will be used for connecting to the registry. The client cert and key are useful if you are authenticating with a certificate; the CA cert is useful if you are using a self-signed server certificate. The Secret must be of type ``Opaque`` or ``kubernetes.io/tls``.
        :param ignore: Ignore overrides the set of excluded patterns in the .sourceignore format (which is the same as .gitignore). If not provided, a default will be used, consult the documentation for your version to find out what those are.
        :param insecure: Insecure allows connecting to a non-TLS HTTP container registry.
        :param layer_selector: LayerSelector specifies which layer should be extracted from the OCI artifact. When not specified, the first layer found in the artifact is selected.
        :param provider: The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'. When not specified, defaults to 'generic'.
        :param proxy_secret_ref: ProxySecretRef specifies the Secret containing the proxy configuration to use while communicating with the container registry.
        :param ref: The OCI reference to pull and monitor for changes, defaults to the latest tag.
        :param secret_ref: SecretRef contains the secret name containing the registry login credentials to resolve image metadata. The secret must be of type kubernetes.io/dockerconfigjson.
        :param service_account_name: ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate the image pull if the service account has attached pull secrets. For more information: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account
        :param suspend: This flag tells the controller to suspend the reconciliation of this source.
        :param timeout: The timeout for remote OCI Repository operations like pulling, defaults to 60s.
        :param verify: Verify contains the secret name containing the trusted public keys used to verify the signature and specifies which provider to use to check whether OCI image is authentic.

        :schema: OciRepositorySpec
        '''
        if isinstance(cert_secret_ref, dict):
            cert_secret_ref = OciRepositorySpecCertSecretRef(**cert_secret_ref)
        if isinstance(layer_selector, dict):
            layer_selector = OciRepositorySpecLayerSelector(**layer_selector)
        if isinstance(proxy_secret_ref, dict):
            proxy_secret_ref = OciRepositorySpecProxySecretRef(**proxy_secret_ref)
        if isinstance(ref, dict):
            ref = OciRepositorySpecRef(**ref)
        if isinstance(secret_ref, dict):
            secret_ref = OciRepositorySpecSecretRef(**secret_ref)
        if isinstance(verify, dict):
            verify = OciRepositorySpecVerify(**verify)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc5795cc80a06ab5de793f82daad7838c9f469d7657d07d0a80ad458f7dab714)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument cert_secret_ref", value=cert_secret_ref, expected_type=type_hints["cert_secret_ref"])
            check_type(argname="argument ignore", value=ignore, expected_type=type_hints["ignore"])
            check_type(argname="argument insecure", value=insecure, expected_type=type_hints["insecure"])
            check_type(argname="argument layer_selector", value=layer_selector, expected_type=type_hints["layer_selector"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument proxy_secret_ref", value=proxy_secret_ref, expected_type=type_hints["proxy_secret_ref"])
            check_type(argname="argument ref", value=ref, expected_type=type_hints["ref"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument verify", value=verify, expected_type=type_hints["verify"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "interval": interval,
            "url": url,
        }
        if cert_secret_ref is not None:
            self._values["cert_secret_ref"] = cert_secret_ref
        if ignore is not None:
            self._values["ignore"] = ignore
        if insecure is not None:
            self._values["insecure"] = insecure
        if layer_selector is not None:
            self._values["layer_selector"] = layer_selector
        if provider is not None:
            self._values["provider"] = provider
        if proxy_secret_ref is not None:
            self._values["proxy_secret_ref"] = proxy_secret_ref
        if ref is not None:
            self._values["ref"] = ref
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if suspend is not None:
            self._values["suspend"] = suspend
        if timeout is not None:
            self._values["timeout"] = timeout
        if verify is not None:
            self._values["verify"] = verify

    @builtins.property
    def interval(self) -> builtins.str:
        '''Interval at which the OCIRepository URL is checked for updates.

        This interval is approximate and may be subject to jitter to ensure
        efficient use of resources.

        :schema: OciRepositorySpec#interval
        '''
        result = self._values.get("interval")
        assert result is not None, "Required property 'interval' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''URL is a reference to an OCI artifact repository hosted on a remote container registry.

        :schema: OciRepositorySpec#url
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cert_secret_ref(self) -> typing.Optional["OciRepositorySpecCertSecretRef"]:
        '''CertSecretRef can be given the name of a Secret containing either or both of.

        - a PEM-encoded client certificate (``tls.crt``) and private
          key (``tls.key``);
        - a PEM-encoded CA certificate (``ca.crt``)

        and whichever are supplied, will be used for connecting to the
        registry. The client cert and key are useful if you are
        authenticating with a certificate; the CA cert is useful if
        you are using a self-signed server certificate. The Secret must
        be of type ``Opaque`` or ``kubernetes.io/tls``.

        :schema: OciRepositorySpec#certSecretRef
        '''
        result = self._values.get("cert_secret_ref")
        return typing.cast(typing.Optional["OciRepositorySpecCertSecretRef"], result)

    @builtins.property
    def ignore(self) -> typing.Optional[builtins.str]:
        '''Ignore overrides the set of excluded patterns in the .sourceignore format (which is the same as .gitignore). If not provided, a default will be used, consult the documentation for your version to find out what those are.

        :schema: OciRepositorySpec#ignore
        '''
        result = self._values.get("ignore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure(self) -> typing.Optional[builtins.bool]:
        '''Insecure allows connecting to a non-TLS HTTP container registry.

        :schema: OciRepositorySpec#insecure
        '''
        result = self._values.get("insecure")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def layer_selector(self) -> typing.Optional["OciRepositorySpecLayerSelector"]:
        '''LayerSelector specifies which layer should be extracted from the OCI artifact.

        When not specified, the first layer found in the artifact is selected.

        :schema: OciRepositorySpec#layerSelector
        '''
        result = self._values.get("layer_selector")
        return typing.cast(typing.Optional["OciRepositorySpecLayerSelector"], result)

    @builtins.property
    def provider(self) -> typing.Optional["OciRepositorySpecProvider"]:
        '''The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.

        When not specified, defaults to 'generic'.

        :schema: OciRepositorySpec#provider
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["OciRepositorySpecProvider"], result)

    @builtins.property
    def proxy_secret_ref(self) -> typing.Optional["OciRepositorySpecProxySecretRef"]:
        '''ProxySecretRef specifies the Secret containing the proxy configuration to use while communicating with the container registry.

        :schema: OciRepositorySpec#proxySecretRef
        '''
        result = self._values.get("proxy_secret_ref")
        return typing.cast(typing.Optional["OciRepositorySpecProxySecretRef"], result)

    @builtins.property
    def ref(self) -> typing.Optional["OciRepositorySpecRef"]:
        '''The OCI reference to pull and monitor for changes, defaults to the latest tag.

        :schema: OciRepositorySpec#ref
        '''
        result = self._values.get("ref")
        return typing.cast(typing.Optional["OciRepositorySpecRef"], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["OciRepositorySpecSecretRef"]:
        '''SecretRef contains the secret name containing the registry login credentials to resolve image metadata.

        The secret must be of type kubernetes.io/dockerconfigjson.

        :schema: OciRepositorySpec#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OciRepositorySpecSecretRef"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate the image pull if the service account has attached pull secrets.

        For more information:
        https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account

        :schema: OciRepositorySpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''This flag tells the controller to suspend the reconciliation of this source.

        :schema: OciRepositorySpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''The timeout for remote OCI Repository operations like pulling, defaults to 60s.

        :schema: OciRepositorySpec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def verify(self) -> typing.Optional["OciRepositorySpecVerify"]:
        '''Verify contains the secret name containing the trusted public keys used to verify the signature and specifies which provider to use to check whether OCI image is authentic.

        :schema: OciRepositorySpec#verify
        '''
        result = self._values.get("verify")
        return typing.cast(typing.Optional["OciRepositorySpecVerify"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OciRepositorySpecCertSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''CertSecretRef can be given the name of a Secret containing either or both of.

        - a PEM-encoded client certificate (``tls.crt``) and private
          key (``tls.key``);
        - a PEM-encoded CA certificate (``ca.crt``)

        and whichever are supplied, will be used for connecting to the
        registry. The client cert and key are useful if you are
        authenticating with a certificate; the CA cert is useful if
        you are using a self-signed server certificate. The Secret must
        be of type ``Opaque`` or ``kubernetes.io/tls``.

        :param name: Name of the referent.

        :schema: OciRepositorySpecCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52af5ba31d64c411ddbc47aceac45aed1a05a5457a1e0996cb4465ee72a4be4e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: OciRepositorySpecCertSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecLayerSelector",
    jsii_struct_bases=[],
    name_mapping={"media_type": "mediaType", "operation": "operation"},
)
class OciRepositorySpecLayerSelector:
    def __init__(
        self,
        *,
        media_type: typing.Optional[builtins.str] = None,
        operation: typing.Optional["OciRepositorySpecLayerSelectorOperation"] = None,
    ) -> None:
        '''LayerSelector specifies which layer should be extracted from the OCI artifact.

        When not specified, the first layer found in the artifact is selected.

        :param media_type: MediaType specifies the OCI media type of the layer which should be extracted from the OCI Artifact. The first layer matching this type is selected.
        :param operation: Operation specifies how the selected layer should be processed. By default, the layer compressed content is extracted to storage. When the operation is set to 'copy', the layer compressed content is persisted to storage as it is.

        :schema: OciRepositorySpecLayerSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3f2e707db6373668d8b101984931bd1fdf26662d316c975b9a776d883d822b1)
            check_type(argname="argument media_type", value=media_type, expected_type=type_hints["media_type"])
            check_type(argname="argument operation", value=operation, expected_type=type_hints["operation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if media_type is not None:
            self._values["media_type"] = media_type
        if operation is not None:
            self._values["operation"] = operation

    @builtins.property
    def media_type(self) -> typing.Optional[builtins.str]:
        '''MediaType specifies the OCI media type of the layer which should be extracted from the OCI Artifact.

        The
        first layer matching this type is selected.

        :schema: OciRepositorySpecLayerSelector#mediaType
        '''
        result = self._values.get("media_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operation(self) -> typing.Optional["OciRepositorySpecLayerSelectorOperation"]:
        '''Operation specifies how the selected layer should be processed.

        By default, the layer compressed content is extracted to storage.
        When the operation is set to 'copy', the layer compressed content
        is persisted to storage as it is.

        :schema: OciRepositorySpecLayerSelector#operation
        '''
        result = self._values.get("operation")
        return typing.cast(typing.Optional["OciRepositorySpecLayerSelectorOperation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecLayerSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.OciRepositorySpecLayerSelectorOperation")
class OciRepositorySpecLayerSelectorOperation(enum.Enum):
    '''Operation specifies how the selected layer should be processed.

    By default, the layer compressed content is extracted to storage.
    When the operation is set to 'copy', the layer compressed content
    is persisted to storage as it is.

    :schema: OciRepositorySpecLayerSelectorOperation
    '''

    EXTRACT = "EXTRACT"
    '''extract.'''
    COPY = "COPY"
    '''copy.'''


@jsii.enum(jsii_type="iofluxcdtoolkitsource.OciRepositorySpecProvider")
class OciRepositorySpecProvider(enum.Enum):
    '''The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.

    When not specified, defaults to 'generic'.

    :schema: OciRepositorySpecProvider
    '''

    GENERIC = "GENERIC"
    '''generic.'''
    AWS = "AWS"
    '''aws.'''
    AZURE = "AZURE"
    '''azure.'''
    GCP = "GCP"
    '''gcp.'''


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecProxySecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OciRepositorySpecProxySecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''ProxySecretRef specifies the Secret containing the proxy configuration to use while communicating with the container registry.

        :param name: Name of the referent.

        :schema: OciRepositorySpecProxySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__687088991dbac1bb8f44590a1872f72963de1918744ba8748421f92b2b4841eb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: OciRepositorySpecProxySecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecProxySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecRef",
    jsii_struct_bases=[],
    name_mapping={
        "digest": "digest",
        "semver": "semver",
        "semver_filter": "semverFilter",
        "tag": "tag",
    },
)
class OciRepositorySpecRef:
    def __init__(
        self,
        *,
        digest: typing.Optional[builtins.str] = None,
        semver: typing.Optional[builtins.str] = None,
        semver_filter: typing.Optional[builtins.str] = None,
        tag: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The OCI reference to pull and monitor for changes, defaults to the latest tag.

        :param digest: Digest is the image digest to pull, takes precedence over SemVer. The value should be in the format 'sha256:'.
        :param semver: SemVer is the range of tags to pull selecting the latest within the range, takes precedence over Tag.
        :param semver_filter: SemverFilter is a regex pattern to filter the tags within the SemVer range.
        :param tag: Tag is the image tag to pull, defaults to latest.

        :schema: OciRepositorySpecRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c9d89c5fbb5a3a3ebe8fa99c9cfa3131c95fa6bc2a33fa62c8f77cdfeccc9f8)
            check_type(argname="argument digest", value=digest, expected_type=type_hints["digest"])
            check_type(argname="argument semver", value=semver, expected_type=type_hints["semver"])
            check_type(argname="argument semver_filter", value=semver_filter, expected_type=type_hints["semver_filter"])
            check_type(argname="argument tag", value=tag, expected_type=type_hints["tag"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if digest is not None:
            self._values["digest"] = digest
        if semver is not None:
            self._values["semver"] = semver
        if semver_filter is not None:
            self._values["semver_filter"] = semver_filter
        if tag is not None:
            self._values["tag"] = tag

    @builtins.property
    def digest(self) -> typing.Optional[builtins.str]:
        '''Digest is the image digest to pull, takes precedence over SemVer.

        The value should be in the format 'sha256:'.

        :schema: OciRepositorySpecRef#digest
        '''
        result = self._values.get("digest")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def semver(self) -> typing.Optional[builtins.str]:
        '''SemVer is the range of tags to pull selecting the latest within the range, takes precedence over Tag.

        :schema: OciRepositorySpecRef#semver
        '''
        result = self._values.get("semver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def semver_filter(self) -> typing.Optional[builtins.str]:
        '''SemverFilter is a regex pattern to filter the tags within the SemVer range.

        :schema: OciRepositorySpecRef#semverFilter
        '''
        result = self._values.get("semver_filter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag(self) -> typing.Optional[builtins.str]:
        '''Tag is the image tag to pull, defaults to latest.

        :schema: OciRepositorySpecRef#tag
        '''
        result = self._values.get("tag")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OciRepositorySpecSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''SecretRef contains the secret name containing the registry login credentials to resolve image metadata.

        The secret must be of type kubernetes.io/dockerconfigjson.

        :param name: Name of the referent.

        :schema: OciRepositorySpecSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f225a842bc22cf27ee91f96c3f07f5e384ff60c8bf55925397e4bb94b0c8cb58)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: OciRepositorySpecSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecVerify",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "match_oidc_identity": "matchOidcIdentity",
        "secret_ref": "secretRef",
        "trusted_root_secret_ref": "trustedRootSecretRef",
    },
)
class OciRepositorySpecVerify:
    def __init__(
        self,
        *,
        provider: "OciRepositorySpecVerifyProvider",
        match_oidc_identity: typing.Optional[typing.Sequence[typing.Union["OciRepositorySpecVerifyMatchOidcIdentity", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_ref: typing.Optional[typing.Union["OciRepositorySpecVerifySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        trusted_root_secret_ref: typing.Optional[typing.Union["OciRepositorySpecVerifyTrustedRootSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Verify contains the secret name containing the trusted public keys used to verify the signature and specifies which provider to use to check whether OCI image is authentic.

        :param provider: Provider specifies the technology used to sign the OCI Artifact.
        :param match_oidc_identity: MatchOIDCIdentity specifies the identity matching criteria to use while verifying an OCI artifact which was signed using Cosign keyless signing. The artifact's identity is deemed to be verified if any of the specified matchers match against the identity.
        :param secret_ref: SecretRef specifies the Kubernetes Secret containing the trusted public keys.
        :param trusted_root_secret_ref: TrustedRootSecretRef specifies the Kubernetes Secret containing a Sigstore trusted_root.json file. This enables verification against self-hosted Sigstore infrastructure (custom Fulcio CA, self-hosted Rekor instance). The Secret must contain a key named "trusted_root.json".

        :schema: OciRepositorySpecVerify
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OciRepositorySpecVerifySecretRef(**secret_ref)
        if isinstance(trusted_root_secret_ref, dict):
            trusted_root_secret_ref = OciRepositorySpecVerifyTrustedRootSecretRef(**trusted_root_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5866fa11a9c71f46b6f51e13666f2df995def3ff0b009d01eb6fcf32e2da933)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument match_oidc_identity", value=match_oidc_identity, expected_type=type_hints["match_oidc_identity"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument trusted_root_secret_ref", value=trusted_root_secret_ref, expected_type=type_hints["trusted_root_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if match_oidc_identity is not None:
            self._values["match_oidc_identity"] = match_oidc_identity
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if trusted_root_secret_ref is not None:
            self._values["trusted_root_secret_ref"] = trusted_root_secret_ref

    @builtins.property
    def provider(self) -> "OciRepositorySpecVerifyProvider":
        '''Provider specifies the technology used to sign the OCI Artifact.

        :schema: OciRepositorySpecVerify#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("OciRepositorySpecVerifyProvider", result)

    @builtins.property
    def match_oidc_identity(
        self,
    ) -> typing.Optional[typing.List["OciRepositorySpecVerifyMatchOidcIdentity"]]:
        '''MatchOIDCIdentity specifies the identity matching criteria to use while verifying an OCI artifact which was signed using Cosign keyless signing.

        The artifact's identity is deemed to be verified if any of the
        specified matchers match against the identity.

        :schema: OciRepositorySpecVerify#matchOIDCIdentity
        '''
        result = self._values.get("match_oidc_identity")
        return typing.cast(typing.Optional[typing.List["OciRepositorySpecVerifyMatchOidcIdentity"]], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["OciRepositorySpecVerifySecretRef"]:
        '''SecretRef specifies the Kubernetes Secret containing the trusted public keys.

        :schema: OciRepositorySpecVerify#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OciRepositorySpecVerifySecretRef"], result)

    @builtins.property
    def trusted_root_secret_ref(
        self,
    ) -> typing.Optional["OciRepositorySpecVerifyTrustedRootSecretRef"]:
        '''TrustedRootSecretRef specifies the Kubernetes Secret containing a Sigstore trusted_root.json file. This enables verification against self-hosted Sigstore infrastructure (custom Fulcio CA, self-hosted Rekor instance). The Secret must contain a key named "trusted_root.json".

        :schema: OciRepositorySpecVerify#trustedRootSecretRef
        '''
        result = self._values.get("trusted_root_secret_ref")
        return typing.cast(typing.Optional["OciRepositorySpecVerifyTrustedRootSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecVerify(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecVerifyMatchOidcIdentity",
    jsii_struct_bases=[],
    name_mapping={"issuer": "issuer", "subject": "subject"},
)
class OciRepositorySpecVerifyMatchOidcIdentity:
    def __init__(self, *, issuer: builtins.str, subject: builtins.str) -> None:
        '''OIDCIdentityMatch specifies options for verifying the certificate identity, i.e. the issuer and the subject of the certificate.

        :param issuer: Issuer specifies the regex pattern to match against to verify the OIDC issuer in the Fulcio certificate. The pattern must be a valid Go regular expression.
        :param subject: Subject specifies the regex pattern to match against to verify the identity subject in the Fulcio certificate. The pattern must be a valid Go regular expression.

        :schema: OciRepositorySpecVerifyMatchOidcIdentity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__029940efd5f753dd32e87909b7f67f8016c9da8ef22e30928f080afd0e5f4df1)
            check_type(argname="argument issuer", value=issuer, expected_type=type_hints["issuer"])
            check_type(argname="argument subject", value=subject, expected_type=type_hints["subject"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "issuer": issuer,
            "subject": subject,
        }

    @builtins.property
    def issuer(self) -> builtins.str:
        '''Issuer specifies the regex pattern to match against to verify the OIDC issuer in the Fulcio certificate.

        The pattern must be a
        valid Go regular expression.

        :schema: OciRepositorySpecVerifyMatchOidcIdentity#issuer
        '''
        result = self._values.get("issuer")
        assert result is not None, "Required property 'issuer' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def subject(self) -> builtins.str:
        '''Subject specifies the regex pattern to match against to verify the identity subject in the Fulcio certificate.

        The pattern must
        be a valid Go regular expression.

        :schema: OciRepositorySpecVerifyMatchOidcIdentity#subject
        '''
        result = self._values.get("subject")
        assert result is not None, "Required property 'subject' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecVerifyMatchOidcIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.OciRepositorySpecVerifyProvider")
class OciRepositorySpecVerifyProvider(enum.Enum):
    '''Provider specifies the technology used to sign the OCI Artifact.

    :schema: OciRepositorySpecVerifyProvider
    '''

    COSIGN = "COSIGN"
    '''cosign.'''
    NOTATION = "NOTATION"
    '''notation.'''


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecVerifySecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OciRepositorySpecVerifySecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''SecretRef specifies the Kubernetes Secret containing the trusted public keys.

        :param name: Name of the referent.

        :schema: OciRepositorySpecVerifySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b13558c29e9cf3c8482a74dfa1e49f23a687e26544e73120e433fc22ff72e94)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: OciRepositorySpecVerifySecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecVerifySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.OciRepositorySpecVerifyTrustedRootSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OciRepositorySpecVerifyTrustedRootSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''TrustedRootSecretRef specifies the Kubernetes Secret containing a Sigstore trusted_root.json file. This enables verification against self-hosted Sigstore infrastructure (custom Fulcio CA, self-hosted Rekor instance). The Secret must contain a key named "trusted_root.json".

        :param name: Name of the referent.

        :schema: OciRepositorySpecVerifyTrustedRootSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2072662f39cfcda307a7e264654a53f07c9ad06a2f7205ac3741e45619be201c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: OciRepositorySpecVerifyTrustedRootSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OciRepositorySpecVerifyTrustedRootSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GitRepository",
    "GitRepositoryProps",
    "GitRepositorySpec",
    "GitRepositorySpecInclude",
    "GitRepositorySpecIncludeRepository",
    "GitRepositorySpecProvider",
    "GitRepositorySpecProxySecretRef",
    "GitRepositorySpecRef",
    "GitRepositorySpecSecretRef",
    "GitRepositorySpecVerify",
    "GitRepositorySpecVerifyMode",
    "GitRepositorySpecVerifySecretRef",
    "HelmRepository",
    "HelmRepositoryProps",
    "HelmRepositorySpec",
    "HelmRepositorySpecAccessFrom",
    "HelmRepositorySpecAccessFromNamespaceSelectors",
    "HelmRepositorySpecCertSecretRef",
    "HelmRepositorySpecProvider",
    "HelmRepositorySpecSecretRef",
    "HelmRepositorySpecType",
    "OciRepository",
    "OciRepositoryProps",
    "OciRepositorySpec",
    "OciRepositorySpecCertSecretRef",
    "OciRepositorySpecLayerSelector",
    "OciRepositorySpecLayerSelectorOperation",
    "OciRepositorySpecProvider",
    "OciRepositorySpecProxySecretRef",
    "OciRepositorySpecRef",
    "OciRepositorySpecSecretRef",
    "OciRepositorySpecVerify",
    "OciRepositorySpecVerifyMatchOidcIdentity",
    "OciRepositorySpecVerifyProvider",
    "OciRepositorySpecVerifySecretRef",
    "OciRepositorySpecVerifyTrustedRootSecretRef",
]

publication.publish()

def _typecheckingstub__8b7bf1aa27370e9b5aa65cd96e42db74ef341fbfa3d2a83ee9b1e8248b06fd23(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GitRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e94b2cd54ed91fbe0ceb9c82974ec96bc2a31b60434427de3c2c3e6f4f0b6ca(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GitRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d91df4b0088a5830932c61a1d46d0b1122e138426f232c19413559a1c3dfd1f(
    *,
    interval: builtins.str,
    url: builtins.str,
    ignore: typing.Optional[builtins.str] = None,
    include: typing.Optional[typing.Sequence[typing.Union[GitRepositorySpecInclude, typing.Dict[builtins.str, typing.Any]]]] = None,
    provider: typing.Optional[GitRepositorySpecProvider] = None,
    proxy_secret_ref: typing.Optional[typing.Union[GitRepositorySpecProxySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    recurse_submodules: typing.Optional[builtins.bool] = None,
    ref: typing.Optional[typing.Union[GitRepositorySpecRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_ref: typing.Optional[typing.Union[GitRepositorySpecSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    sparse_checkout: typing.Optional[typing.Sequence[builtins.str]] = None,
    suspend: typing.Optional[builtins.bool] = None,
    timeout: typing.Optional[builtins.str] = None,
    verify: typing.Optional[typing.Union[GitRepositorySpecVerify, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c46c35eadc884cff94d08da416bdeaf0bfa5331635d34cd2ec697fda837094f1(
    *,
    repository: typing.Union[GitRepositorySpecIncludeRepository, typing.Dict[builtins.str, typing.Any]],
    from_path: typing.Optional[builtins.str] = None,
    to_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1454b4ba56fbd772d8f95523b3e810fb161cd5e5888d1f15ac0c374619b5e72(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__870d700eac08c695306c05eefb382060628aff1b323589f97dadd2156c6ae46b(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e41483a3ef683e6ff2797f05ec5d1ddb58ef4950671c0d71e1573d01e85557d(
    *,
    branch: typing.Optional[builtins.str] = None,
    commit: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    semver: typing.Optional[builtins.str] = None,
    tag: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9d756530b37a6221a178d106d667b748c851ca5cb7e6c7945a6ac70c2a16e17(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c205cc42560fed7f4e03c7113cf693c4838cdeb2d8f2eb87d1982458f8ae3093(
    *,
    secret_ref: typing.Union[GitRepositorySpecVerifySecretRef, typing.Dict[builtins.str, typing.Any]],
    mode: typing.Optional[GitRepositorySpecVerifyMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd3f43c3eb3bfcbb60d86de8c6bc17cdfaa2af776bb0bae438e6c17face9e664(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7129a5ccf93ced09be4be06ac2e9a3213c3ff5970c1b457b979091ac6b4a513b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HelmRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__959f107bba225ba86335474b60cfc4e7cf8ca5f22b47c69dc8d64017baf3cb4d(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HelmRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3721214a49aa481b01fbbf027c0b58f55af3ac1313513f9966f5be401775c68f(
    *,
    url: builtins.str,
    access_from: typing.Optional[typing.Union[HelmRepositorySpecAccessFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    cert_secret_ref: typing.Optional[typing.Union[HelmRepositorySpecCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure: typing.Optional[builtins.bool] = None,
    interval: typing.Optional[builtins.str] = None,
    pass_credentials: typing.Optional[builtins.bool] = None,
    provider: typing.Optional[HelmRepositorySpecProvider] = None,
    secret_ref: typing.Optional[typing.Union[HelmRepositorySpecSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    suspend: typing.Optional[builtins.bool] = None,
    timeout: typing.Optional[builtins.str] = None,
    type: typing.Optional[HelmRepositorySpecType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f1f517802af5dfa0045b5e1d430d3d47bb364ea9247df15e31a675cf21e4799(
    *,
    namespace_selectors: typing.Sequence[typing.Union[HelmRepositorySpecAccessFromNamespaceSelectors, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5ca59e32d38aad623599f7c5580cefa57391e3fbeffd48c492c2207c1f116f5(
    *,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bb0bb0a9b33db04a1b54dcb49e42e9c5a356dce8042d5830550003c699ad6e4(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__309910e445afecb67d37fc199f233c8183f96d3233a40f72c7178395a4b65f62(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9754c69b7ff550691c8d1536733f94138b115874e85510fdbb8c388ba37fc17e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[OciRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a43929e7054e67a1254afb35e4f2cae83e8792f477f2f9aea2703606872aee37(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[OciRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc5795cc80a06ab5de793f82daad7838c9f469d7657d07d0a80ad458f7dab714(
    *,
    interval: builtins.str,
    url: builtins.str,
    cert_secret_ref: typing.Optional[typing.Union[OciRepositorySpecCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    ignore: typing.Optional[builtins.str] = None,
    insecure: typing.Optional[builtins.bool] = None,
    layer_selector: typing.Optional[typing.Union[OciRepositorySpecLayerSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[OciRepositorySpecProvider] = None,
    proxy_secret_ref: typing.Optional[typing.Union[OciRepositorySpecProxySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    ref: typing.Optional[typing.Union[OciRepositorySpecRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_ref: typing.Optional[typing.Union[OciRepositorySpecSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    suspend: typing.Optional[builtins.bool] = None,
    timeout: typing.Optional[builtins.str] = None,
    verify: typing.Optional[typing.Union[OciRepositorySpecVerify, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52af5ba31d64c411ddbc47aceac45aed1a05a5457a1e0996cb4465ee72a4be4e(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3f2e707db6373668d8b101984931bd1fdf26662d316c975b9a776d883d822b1(
    *,
    media_type: typing.Optional[builtins.str] = None,
    operation: typing.Optional[OciRepositorySpecLayerSelectorOperation] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__687088991dbac1bb8f44590a1872f72963de1918744ba8748421f92b2b4841eb(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c9d89c5fbb5a3a3ebe8fa99c9cfa3131c95fa6bc2a33fa62c8f77cdfeccc9f8(
    *,
    digest: typing.Optional[builtins.str] = None,
    semver: typing.Optional[builtins.str] = None,
    semver_filter: typing.Optional[builtins.str] = None,
    tag: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f225a842bc22cf27ee91f96c3f07f5e384ff60c8bf55925397e4bb94b0c8cb58(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5866fa11a9c71f46b6f51e13666f2df995def3ff0b009d01eb6fcf32e2da933(
    *,
    provider: OciRepositorySpecVerifyProvider,
    match_oidc_identity: typing.Optional[typing.Sequence[typing.Union[OciRepositorySpecVerifyMatchOidcIdentity, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_ref: typing.Optional[typing.Union[OciRepositorySpecVerifySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    trusted_root_secret_ref: typing.Optional[typing.Union[OciRepositorySpecVerifyTrustedRootSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__029940efd5f753dd32e87909b7f67f8016c9da8ef22e30928f080afd0e5f4df1(
    *,
    issuer: builtins.str,
    subject: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b13558c29e9cf3c8482a74dfa1e49f23a687e26544e73120e433fc22ff72e94(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2072662f39cfcda307a7e264654a53f07c9ad06a2f7205ac3741e45619be201c(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
