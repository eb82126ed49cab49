/** The per-page checks (tests/support/page-sweep.ts), shard 1 of 4: the shards run side by side. */
import { useBuiltSite } from '../support/built-site.ts';
import { everyPageShard } from '../support/page-sweep.ts';

everyPageShard(useBuiltSite(), 1);
