package org.beacon.portal.inquiry;

import java.util.Arrays;
import java.util.Optional;

/** What an inquiry is about; the parameter preselects it in links such as {@code /contact?topic=fund}. */
public enum InquiryTopic {
    GENERAL("General", "general"),
    FUND("Child Protection Fund", "fund"),
    MEDIA("Media", "media"),
    PARTNERSHIPS("Partnerships and training", "partnerships"),
    OTHER("Other", "other");

    private final String label;
    private final String parameter;

    InquiryTopic(String label, String parameter) {
        this.label = label;
        this.parameter = parameter;
    }

    public String getLabel() {
        return label;
    }

    public String getParameter() {
        return parameter;
    }

    public static Optional<InquiryTopic> ofParameter(String value) {
        return Arrays.stream(values()).filter(topic -> topic.parameter.equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
    }
}
