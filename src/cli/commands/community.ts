// spec: tooling §1.4 (CID), §1.7.3 (`community` commands), §8 (spec file), §12 item 8 (CID tooling)
import type { Command } from 'commander';
import { readCommunitySpecFile, specCid } from '../../client/specFile.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import { commonOptions } from '../common/options.js';
import { print } from '../common/output.js';
import type { CliIo } from '../io.js';

/** `encointer community ...`: community reads and registration. */
export const registerCommunityCommands = (program: Command, io: CliIo): void => {
  const community = program.command('community').description('community identifiers, specs and registration');
  community
    .command('cid')
    .description(
      'print the community identifier a spec file registers: geohash of the first location + digest of the bootstrapper list',
    )
    .argument('<specfile>', 'community spec file (enhanced GeoJSON)')
    .action(async (specfile: string, _options: unknown, command: Command) => {
      const spec = await readCommunitySpecFile(specfile);
      const cid = formatCid(specCid(spec));
      print(io, commonOptions(command), { cid }, () => cid);
    });
};
