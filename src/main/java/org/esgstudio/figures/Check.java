package org.esgstudio.figures;

import java.util.List;

/** One kind of check, like a linter rule: looks at the validation input and returns its findings. */
@FunctionalInterface
public interface Check {
    List<Finding> check(ValidationInput input);
}
