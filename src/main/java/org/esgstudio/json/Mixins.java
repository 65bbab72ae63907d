package org.esgstudio.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.esgstudio.model.Appendix;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Callout;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chart;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Diagram;
import org.esgstudio.model.FeedbackForm;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.Image;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.Letter;
import org.esgstudio.model.Materiality;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Profile;
import org.esgstudio.model.ReportInfo;
import org.esgstudio.model.Stakeholders;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.Tiles;
import org.esgstudio.model.Timeline;

/** Jackson type information for the model's sealed hierarchies, kept out of the model itself. */
final class Mixins {
    private Mixins() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = BulletList.class, name = "list"),
        @JsonSubTypes.Type(value = CaseStudy.class, name = "caseStudy"),
        @JsonSubTypes.Type(value = DataTable.class, name = "dataTable"),
        @JsonSubTypes.Type(value = TextTable.class, name = "textTable"),
        @JsonSubTypes.Type(value = Tiles.class, name = "tiles"),
        @JsonSubTypes.Type(value = Callout.class, name = "callout"),
        @JsonSubTypes.Type(value = Image.class, name = "image"),
        @JsonSubTypes.Type(value = Chart.class, name = "chart"),
        @JsonSubTypes.Type(value = Diagram.class, name = "diagram")
    })
    interface BlockMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ReportInfo.class, name = "reportInfo"),
        @JsonSubTypes.Type(value = Letter.class, name = "letter"),
        @JsonSubTypes.Type(value = Highlights.class, name = "highlights"),
        @JsonSubTypes.Type(value = Timeline.class, name = "timeline"),
        @JsonSubTypes.Type(value = Profile.class, name = "profile"),
        @JsonSubTypes.Type(value = Materiality.class, name = "materiality"),
        @JsonSubTypes.Type(value = Stakeholders.class, name = "stakeholders")
    })
    interface FrontPartMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = KpiTable.class, name = "kpiTable"),
        @JsonSubTypes.Type(value = ContentIndex.class, name = "contentIndex"),
        @JsonSubTypes.Type(value = Appendix.class, name = "appendix"),
        @JsonSubTypes.Type(value = FeedbackForm.class, name = "feedback")
    })
    interface BackPartMixin {
    }
}
