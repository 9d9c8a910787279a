package org.koinagora.shared.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.util.List;

/**
 * Makes every view stateless (no HTTP session for anonymous visitors) except the pages with forms
 * that need view state. Decided where every view root is made, for a first visit and for the
 * rebuild of a stateless view on postback alike (Mojarra refuses a postback whose rebuilt view is
 * not transient), and before PrimeFaces' CSP support looks at the view.
 */
public class StatelessViews extends ViewDeclarationLanguageFactory {

  /** What the features declare ({@link PageRoutes#statefulViews}), read at the first view. */
  private static volatile List<String> statefulViews;

  public StatelessViews(ViewDeclarationLanguageFactory wrapped) {
    super(wrapped);
  }

  static boolean isStateless(String viewId) {
    return viewId != null && statefulViews().stream().noneMatch(viewId::startsWith);
  }

  private static List<String> statefulViews() {
    List<String> views = statefulViews;
    if (views == null) {
      views =
          CDI.current().select(PageRoutes.class, Any.Literal.INSTANCE).stream()
              .flatMap(feature -> feature.statefulViews().stream())
              .toList();
      statefulViews = views;
    }
    return views;
  }

  @Override
  public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
    ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
    return language == null ? null : new Marking(language);
  }

  /** Marks each view it creates transient or not by its id. */
  private static final class Marking extends ViewDeclarationLanguageWrapper {

    Marking(ViewDeclarationLanguage wrapped) {
      super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
      UIViewRoot root = super.createView(context, viewId);
      if (root != null && viewId != null) {
        root.setTransient(isStateless(viewId));
      }
      return root;
    }
  }
}
