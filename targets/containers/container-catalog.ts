import { CephRgwContainer } from "./ceph-rgw.ts";
import { CloudserverContainer } from "./cloudserver.ts";
import type { ContainerTarget, ContainerTargetOptions } from "./container-target.ts";
import type { ContainerName } from "./container-names.ts";
import { GarageContainer } from "./garage.ts";
import { LocalstackContainer } from "./localstack.ts";
import { MinioContainer } from "./minio.ts";
import { MotoContainer } from "./moto.ts";
import { S3mockContainer } from "./s3mock.ts";
import { S3rverContainer } from "./s3rver.ts";
import { SeaweedfsContainer } from "./seaweedfs.ts";
import { VersitygwContainer } from "./versitygw.ts";

/** The catalog: one class per `--target container:<name>`. */
export const CONTAINER_TARGETS: Record<ContainerName, new (options?: ContainerTargetOptions) => ContainerTarget> = {
  minio: MinioContainer,
  localstack: LocalstackContainer,
  s3mock: S3mockContainer,
  moto: MotoContainer,
  cloudserver: CloudserverContainer,
  seaweedfs: SeaweedfsContainer,
  garage: GarageContainer,
  versitygw: VersitygwContainer,
  "ceph-rgw": CephRgwContainer,
  s3rver: S3rverContainer,
};
