package dev.bulwark.shared;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page handles a form POST: if binding and bean validation found nothing,
 * run the command; on success redirect (post-redirect-get) with a message; on
 * {@link InvalidInputException} or {@link StateConflictException} show the form again
 * with each message next to its field (or above the form). A handler is then three lines:
 *
 * <pre class="code">
 * &#64;PostMapping("/vendors")
 * &#64;Permitted(Permission.VENDORS_EDIT)
 * String add(&#64;Valid &#64;ModelAttribute("form") VendorForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
 *     return FormPost.submit(errors, () -&gt; this.vendors.add(CurrentActor.get(), form),
 *             (vendor) -&gt; FormPost.redirect(redirect, "/vendors/" + vendor.id(), "The vendor was added."),
 *             () -&gt; formPage(model, null));
 * }
 * </pre>
 *
 * Not-found and permission failures are not caught: they become the 404 and 403 pages.
 */
public final class FormPost {

	/** Flash attribute the layout shows as a confirmation. */
	public static final String MESSAGE = "message";

	private FormPost() {
	}

	/**
	 * Runs a command that returns what it created or changed.
	 * @param errors the binding result of the form
	 * @param command the facade call
	 * @param onSuccess the view (usually a redirect) given the command's result
	 * @param onErrors the form view with its model, shown when anything failed
	 */
	public static <T> String submit(BindingResult errors, Supplier<T> command, Function<T, String> onSuccess,
			Supplier<String> onErrors) {
		if (errors.hasErrors()) {
			return onErrors.get();
		}
		T result;
		try {
			result = command.get();
		}
		catch (InvalidInputException ex) {
			reject(errors, ex.errors());
			return onErrors.get();
		}
		catch (StateConflictException ex) {
			errors.reject("conflict", ex.getMessage());
			return onErrors.get();
		}
		return onSuccess.apply(result);
	}

	/** Runs a command that returns nothing. */
	public static String perform(BindingResult errors, Runnable command, Supplier<String> onSuccess,
			Supplier<String> onErrors) {
		return submit(errors, () -> {
			command.run();
			return Boolean.TRUE;
		}, (done) -> onSuccess.get(), onErrors);
	}

	/** {@code redirect:path}, with a confirmation message for the next page. */
	public static String redirect(RedirectAttributes redirect, String path, String message) {
		if (message != null) {
			redirect.addFlashAttribute(MESSAGE, message);
		}
		return "redirect:" + path;
	}

	/**
	 * Adds messages to their fields (the whole form for {@code ""} or a name that is no
	 * field of the form). A field that already has an error keeps its first one.
	 */
	public static void reject(BindingResult errors, Map<String, String> messages) {
		messages.forEach((field, message) -> {
			if (field == null || field.isEmpty()) {
				errors.reject("invalid", message);
			}
			else if (!errors.hasFieldErrors(field)) {
				try {
					errors.rejectValue(field, "invalid", message);
				}
				catch (NotReadablePropertyException | IllegalStateException ex) {
					// Not a property of the form (or the form could not be built): keep
					// the message, without the field's value.
					errors.addError(new FieldError(errors.getObjectName(), field, message));
				}
			}
		});
	}

}
