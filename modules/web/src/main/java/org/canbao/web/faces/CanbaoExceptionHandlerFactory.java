package org.canbao.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link CanbaoExceptionHandler}. */
public class CanbaoExceptionHandlerFactory extends ExceptionHandlerFactory {
  public CanbaoExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new CanbaoExceptionHandler(getWrapped().getExceptionHandler());
  }
}
