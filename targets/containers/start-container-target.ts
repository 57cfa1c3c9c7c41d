import type { ContainerRequest } from "../../harness/run-config.ts";
import type { StartedTarget } from "../catalog.ts";
import { CONTAINER_MODULES } from "./container-modules.ts";
import { isContainerName } from "./container-names.ts";
import { ContainerTargetError } from "./container-target-error.ts";
import { PINNED_IMAGES } from "./images.ts";
import { applyTestcontainersEnvironment } from "./testcontainers-environment.ts";

/**
 * `--target container:<name>`: the catalog module's image (or `--image`), started through
 * testcontainers on 127.0.0.1. Nothing is ever pulled, with or without `--offline`: on a machine
 * that reaches no registry a pull would only send look-ups off the machine, so a missing image is
 * always the same one-line error, naming the image and how to get it.
 */
export async function startContainerTarget(request: ContainerRequest): Promise<StartedTarget> {
  if (!isContainerName(request.name)) throw new ContainerTargetError(`no container named ${request.name} in the catalog`);
  // Before testcontainers loads: it reads these when it first reaches the engine.
  applyTestcontainersEnvironment();
  const { launchContainer } = await import("./launch-container.ts");
  return launchContainer(CONTAINER_MODULES[request.name], { image: request.image ?? PINNED_IMAGES[request.name], network: request.network });
}
