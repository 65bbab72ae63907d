package org.esgstudio.ui.editor.forms;

import java.util.function.BiConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.esgstudio.model.Contact;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.common.I18n;

/** How readers reach the report team: address, postcode, phone, e-mail and website. */
final class ContactFields {
    private final LocalizedTextField address;
    private final ParsedField<String> postcode = ParsedField.text().id("postcode");
    private final ParsedField<String> phone = ParsedField.text().id("phone");
    private final ParsedField<String> email = ParsedField.text().id("email");
    private final ParsedField<String> website = ParsedField.text().id("website");
    private final VBox box;
    private Contact shown = empty();

    /** {@code edits} gets the new contact and the field typed in. */
    ContactFields(ObservableBooleanValue englishVisible, BiConsumer<Contact, String> edits) {
        address = LocalizedTextField.line(englishVisible).id("address").onEdit((text, half) -> edits.accept(
                new Contact(text, shown.postcode(), shown.phone(), shown.email(), shown.website()), "address:" + half));
        postcode.onEdit(value -> edits.accept(new Contact(shown.address(), value, shown.phone(), shown.email(),
                shown.website()), "postcode"));
        phone.onEdit(value -> edits.accept(new Contact(shown.address(), shown.postcode(), value, shown.email(),
                shown.website()), "phone"));
        email.onEdit(value -> edits.accept(new Contact(shown.address(), shown.postcode(), shown.phone(), value,
                shown.website()), "email"));
        website.onEdit(value -> edits.accept(new Contact(shown.address(), shown.postcode(), shown.phone(),
                shown.email(), value), "website"));
        box = new VBox(8,
                FormSheet.labelled(I18n.text("ui.forms.contact.address"), address.view()),
                FormSheet.labelled(I18n.text("ui.forms.contact.postcode"), postcode.field()),
                FormSheet.labelled(I18n.text("ui.forms.contact.phone"), phone.field()),
                FormSheet.labelled(I18n.text("ui.forms.contact.email"), email.field()),
                FormSheet.labelled(I18n.text("ui.forms.contact.website"), website.field()));
    }

    private static Contact empty() {
        return new Contact(LocalizedText.EMPTY, "", "", "", "");
    }

    /** Shows the contact; a part without one shows empty fields, and typing in them makes one. */
    void show(Contact contact) {
        shown = contact == null ? empty() : contact;
        address.show(shown.address());
        postcode.show(nullToEmpty(shown.postcode()));
        phone.show(nullToEmpty(shown.phone()));
        email.show(nullToEmpty(shown.email()));
        website.show(nullToEmpty(shown.website()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    Node view() {
        return box;
    }
}
