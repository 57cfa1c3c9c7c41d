// The ceph-rgw image and the --target ceph-rgw launcher run one Ceph configuration: images/build
// renders targets/ceph-rgw/ceph-config.ts into a template, and the image's entrypoint fills it with
// images/ceph-rgw/fill-ceph-config.sh. Filled with a start's values, it is the launcher's text.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { cephConfigTemplate, IMAGE_CLUSTER_ROOT } from "../../images/ceph-rgw/ceph-config-template.ts";
import { cephConfig } from "../../targets/ceph-rgw/ceph-config.ts";
import { clusterPaths } from "../../targets/ceph-rgw/cluster-paths.ts";

const IMAGE = fileURLToPath(new URL("../../images/ceph-rgw/", import.meta.url));
const START = { FSID: "9f1c0c1e-0000-4000-8000-000000000001", MON_PORT: "3300", RGW_ADDRESS: "0.0.0.0", RGW_PORT: "7480", KMS_KEY_1: "a+b/c=", KMS_KEY_2: "d&e/f==" };

/** The image's ceph.conf for one start: the template through the entrypoint's fill script. */
function imageConfig(values: Record<string, string>, template = cephConfigTemplate()): string {
  const filled = spawnSync("bash", [`${IMAGE}fill-ceph-config.sh`], { input: template, env: { PATH: process.env.PATH, ...values }, encoding: "utf8" });
  expect(filled.status, filled.stderr).toBe(0);
  return filled.stdout;
}

/** `name = value` lines by section, comments left out: what Ceph reads. */
function options(conf: string): Record<string, string> {
  let section = "";
  const read: Record<string, string> = {};
  for (const line of conf.split("\n")) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) section = header[1]!;
    const option = /^([^#=]+?) = (.*)$/.exec(line);
    if (option) read[`${section}/${option[1]}`] = option[2]!;
  }
  return read;
}

test("the image's ceph.conf, filled for a start, has exactly the launcher's options for the same values", () => {
  const launcher = cephConfig({
    paths: clusterPaths(IMAGE_CLUSTER_ROOT),
    fsid: START.FSID,
    monPort: Number(START.MON_PORT),
    rgwAddress: START.RGW_ADDRESS,
    rgwPort: Number(START.RGW_PORT),
    kmsKeys: { "testkey-1": START.KMS_KEY_1, "testkey-2": START.KMS_KEY_2 },
  });
  const image = imageConfig(START);
  expect(options(image)).toEqual(options(launcher));
  expect(image).toBe(launcher);
  expect(image).not.toMatch(/@[A-Z0-9_]+@/);
  expect(options(image)["client.rgw.gw/rgw frontends"]).toBe("beast endpoint=0.0.0.0:7480");
});

test("a placeholder the fill script does not know stays in the text, where the comparison above sees it", () => {
  expect(imageConfig(START, "mon host = v2:127.0.0.1:@MON_PORT@\nrgw frontends = beast endpoint=@RGW_HOST@\n")).toBe("mon host = v2:127.0.0.1:3300\nrgw frontends = beast endpoint=@RGW_HOST@\n");
});

test("the entrypoint keeps its cluster where the template's paths point and fills every placeholder", () => {
  const entrypoint = readFileSync(`${IMAGE}entrypoint.sh`, "utf8");
  expect(entrypoint).toContain(`DIR=${IMAGE_CLUSTER_ROOT}\n`);
  const fill = /^(.*)\\\n\s*fill-ceph-config < /m.exec(entrypoint)?.[1] ?? "";
  for (const name of cephConfigTemplate().match(/@[A-Z0-9_]+@/g) ?? []) expect(fill).toContain(`${name.slice(1, -1)}=$${name.slice(1, -1)}`);
});
