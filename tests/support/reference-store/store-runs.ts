import { VariantRuns } from "../proxy-runs.ts";
import { ReferenceStore } from "./reference-store.ts";
import type { StoreFaults } from "./store-faults.ts";

/** A reference store of its own per named variant (its faults), and a CLI run against each. */
export class StoreRuns extends VariantRuns<StoreFaults> {
  private readonly stores: ReferenceStore[] = [];

  protected startVariant(faults: StoreFaults): Promise<string> {
    const store = new ReferenceStore({ faults });
    this.stores.push(store);
    return store.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.stores.map((store) => store.stop()));
  }
}
