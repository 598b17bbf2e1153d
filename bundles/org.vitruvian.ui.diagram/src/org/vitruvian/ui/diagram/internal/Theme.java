package org.vitruvian.ui.diagram.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.vitruvian.ui.diagram.internal.DataClassFlow.Category;

/**
 * The diagram's colours. Data classes go from red (identifiable clinical data) through orange and
 * amber to teal (synthetic) and blue (scientific data), purple for confidential scientific data:
 * the warmer the port, the fewer sites may take the data.
 */
public final class Theme {

    public static final RGB BACKGROUND = new RGB(255, 255, 255);
    public static final RGB GRID = new RGB(226, 230, 235);
    public static final RGB BOX = new RGB(250, 251, 253);
    public static final RGB BOX_HEADER = new RGB(233, 239, 248);
    public static final RGB BOX_BORDER = new RGB(150, 162, 178);
    public static final RGB BOX_SHADOW = new RGB(228, 232, 238);
    public static final RGB BROKEN_HEADER = new RGB(253, 234, 232);
    public static final RGB BROKEN_BORDER = new RGB(200, 70, 60);
    public static final RGB TERMINAL = new RGB(244, 246, 249);
    public static final RGB TEXT = new RGB(33, 37, 41);
    public static final RGB TEXT_MUTED = new RGB(100, 108, 118);
    public static final RGB EDGE = new RGB(110, 120, 134);
    public static final RGB SELECTION = new RGB(38, 112, 222);
    public static final RGB SELECTION_FILL = new RGB(226, 237, 252);
    public static final RGB COMPATIBLE = new RGB(46, 160, 67);
    public static final RGB INCOMPATIBLE = new RGB(190, 195, 201);
    public static final RGB REFUSED = new RGB(207, 34, 46);
    public static final RGB NO_DATA = new RGB(255, 255, 255);
    public static final RGB BADGE = new RGB(236, 238, 241);
    public static final RGB BADGE_ALLOW = new RGB(220, 242, 224);
    public static final RGB BADGE_ALLOW_TEXT = new RGB(26, 110, 45);
    public static final RGB BADGE_DENY = new RGB(252, 226, 226);
    public static final RGB BADGE_DENY_TEXT = new RGB(170, 30, 30);
    public static final RGB WARNING_TEXT = new RGB(150, 96, 0);
    public static final RGB MINIMAP_VIEW = new RGB(38, 112, 222);

    private static final Map<Category, RGB> DATA = new EnumMap<>(Map.of(
            Category.CLINICAL_IDENTIFIABLE, new RGB(214, 57, 57),
            Category.CLINICAL_PSEUDONYMISED, new RGB(232, 127, 44),
            Category.CLINICAL_ANONYMISED, new RGB(214, 170, 30),
            Category.CLINICAL_SYNTHETIC, new RGB(42, 160, 150),
            Category.SCIENTIFIC_CONFIDENTIAL, new RGB(137, 87, 200),
            Category.SCIENTIFIC, new RGB(52, 120, 214),
            Category.UNDECLARED, new RGB(120, 120, 120)));

    private final Display display;
    private final Map<RGB, Color> colors = new java.util.HashMap<>();

    public Theme(Display display) {
        this.display = display;
    }

    public static RGB data(Category category) {
        return DATA.get(category);
    }

    /** SWT colours need no disposal since 3.x on GTK, but a cache keeps allocation out of paint. */
    public Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, value -> new Color(display, value));
    }
}
