package org.vitruvian.trust;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.Identifiability;

/** What makes data sensitive, in one place. */
public final class DataClasses {

    private DataClasses() {
    }

    /** Clinical data stays identifiable until a de-identification step says otherwise. */
    public static Identifiability identifiability(DataClass dataClass) {
        return dataClass.isSetIdentifiability() ? dataClass.getIdentifiability() : Identifiability.IDENTIFIABLE;
    }

    /**
     * Sensitive data: clinical data that is identifiable or pseudonymised (pseudonymised data can
     * be traced back with the key), or scientific data its owner marks confidential.
     */
    public static boolean isSensitive(DataClass dataClass) {
        if (dataClass.getKind() == DataKind.CLINICAL) {
            Identifiability state = identifiability(dataClass);
            return state == Identifiability.IDENTIFIABLE || state == Identifiability.PSEUDONYMISED;
        }
        return dataClass.isSetConfidential() && dataClass.isConfidential();
    }

    /** {@code hospital clinical identifiable}, {@code industry scientific confidential}. */
    public static String describe(DataClass dataClass) {
        List<String> words = new ArrayList<>(List.of(dataClass.getOwner().getLiteral(), dataClass.getKind().getLiteral()));
        if (dataClass.getKind() == DataKind.CLINICAL) {
            words.add(identifiability(dataClass).getLiteral());
        } else {
            words.add(isSensitive(dataClass) ? "confidential" : "not confidential");
        }
        return String.join(" ", words);
    }

    public static boolean sameClass(DataClass a, DataClass b) {
        return describe(a).equals(describe(b));
    }
}
