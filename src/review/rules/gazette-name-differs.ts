// The cover's gazette name against the one gazette.yaml gives.
import type { Rule } from '../index.ts';

export const gazetteNameDiffers: Rule = ({ edited, settings, report }) => {
  if (settings?.name && edited.issue.gazette !== settings.name)
    report('gazette-name-differs', 1, {
      cover: edited.issue.gazette,
      file: settings.file,
      name: settings.name,
    });
};
