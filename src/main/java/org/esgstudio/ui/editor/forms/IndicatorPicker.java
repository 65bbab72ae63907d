package org.esgstudio.ui.editor.forms;

import java.util.ArrayList;
import java.util.List;
import org.controlsfx.control.SearchableComboBox;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.ui.common.I18n;

/** Chooses one of the store's indicators (or none), searchable by code and name; "" stands for none. */
final class IndicatorPicker {
    private DataSet offered;
    private final ChoiceField<String> choice;

    IndicatorPicker(DataSet data) {
        SearchableComboBox<String> box = new SearchableComboBox<>();
        box.setMaxWidth(Double.MAX_VALUE);
        choice = new ChoiceField<>(box, codes(data), code -> name(data, code));
        offered = data;
    }

    private static List<String> codes(DataSet data) {
        List<String> codes = new ArrayList<>();
        codes.add("");
        data.indicators().forEach(indicator -> codes.add(indicator.code()));
        return codes;
    }

    /** "S.EMP.TOTAL  员工总数"; an indicator the store no longer has is shown by its code alone. */
    private String name(DataSet fallback, String code) {
        if (code.isEmpty()) {
            return I18n.text("ui.forms.indicator.none");
        }
        DataSet data = offered == null ? fallback : offered;
        return data.indicator(code).map(Indicator::name).map(name -> code + "  " + name.zh()).orElse(code);
    }

    /** Follows the store: new or removed indicators are offered at once. */
    void follow(DataSet data) {
        if (data == offered) {
            return;
        }
        offered = data;
        choice.offer(codes(data));
    }

    ChoiceField<String> choice() {
        return choice;
    }
}
