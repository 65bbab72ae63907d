package org.esgstudio.ui.common;

import org.esgstudio.data.Project;
import org.esgstudio.figures.ValidationOptions;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.frameworks.ContentIndexes;
import org.esgstudio.frameworks.DisclosureCheck;
import org.esgstudio.json.CatalogueFiles;
import org.esgstudio.store.UserDataFolder;

/** The framework catalogues in the app: the shipped ones and the team's own (user data folder › frameworks). */
public final class Frameworks {
    private Frameworks() {
    }

    public static Catalogues catalogues() {
        return CatalogueFiles.withFolder(UserDataFolder.path().resolve("frameworks"));
    }

    /** Validation with the disclosure checks. */
    public static ValidationOptions validationOptions() {
        return ValidationOptions.DEFAULT.with(new DisclosureCheck(catalogues()));
    }

    /** The project as it is laid out or exported: generated content indexes filled in. */
    public static Project prepared(Project project) {
        return ContentIndexes.expand(project, catalogues());
    }
}
