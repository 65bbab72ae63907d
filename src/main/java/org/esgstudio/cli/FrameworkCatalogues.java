package org.esgstudio.cli;

import org.esgstudio.data.Project;
import org.esgstudio.figures.ValidationOptions;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.frameworks.ContentIndexes;
import org.esgstudio.frameworks.DisclosureCheck;
import org.esgstudio.json.CatalogueFiles;
import org.esgstudio.store.UserDataFolder;

/** The framework catalogues for a command: the shipped ones and the team's own (user data folder › frameworks). */
final class FrameworkCatalogues {
    private FrameworkCatalogues() {
    }

    static Catalogues load() {
        return CatalogueFiles.withFolder(UserDataFolder.path().resolve("frameworks"));
    }

    /** Validation with the disclosure checks. */
    static ValidationOptions options() {
        return ValidationOptions.DEFAULT.with(new DisclosureCheck(load()));
    }

    /** The project as it is laid out or exported: generated content indexes filled in. */
    static Project prepared(Project project) {
        return ContentIndexes.expand(project, load());
    }
}
