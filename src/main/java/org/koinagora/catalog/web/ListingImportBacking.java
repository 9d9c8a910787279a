package org.koinagora.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.csv.ImportPreview;
import org.koinagora.catalog.csv.ListingCsvImport;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /dashboard/listings-import: check a CSV file row by row, then import it whole. */
@Named
@ViewScoped
public class ListingImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ListingCsvImport csvImport;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private transient Part upload;
  private byte[] file;
  private transient ImportPreview preview;

  public void check() {
    preview = null;
    if (upload == null || upload.getSize() == 0) {
      formErrors.error("image.empty");
      return;
    }
    try (var in = upload.getInputStream()) {
      file = in.readNBytes(ListingCsvImport.MAX_BYTES + 1);
      preview = csvImport.preview(file, locale());
    } catch (BusinessException e) {
      formErrors.error(e.messageKey(), e.arguments());
    } catch (IOException e) {
      formErrors.error("csv.not_utf8");
    }
  }

  public void importAll() {
    try {
      int imported = csvImport.importAll(currentUser.require(), null, file, locale());
      formErrors.info("csv_import.done", imported);
      Pages.redirect("/dashboard/listings");
    } catch (BusinessException e) {
      formErrors.error(e.messageKey(), e.arguments());
      preview = csvImport.preview(file, locale());
    }
  }

  public ImportPreview getPreview() {
    if (preview == null && file != null) {
      preview = csvImport.preview(file, locale());
    }
    return preview;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
