"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";

interface Kind {
  kind: string;
  label: string;
  description: string;
  required: boolean;
  on: boolean;
}

/** One checkbox per kind of email; required ones are shown checked and cannot be turned off. */
export function NotificationPreferencesForm({ kinds }: { kinds: Kind[] }) {
  const { state, onSubmit, pending } = useFormAction(saveNotificationPreferencesAction, {});
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <fieldset>
        <legend className="sr-only">Emails you get</legend>
        <ul className="space-y-2">
          {kinds.map((kind) => (
            <li key={kind.kind}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="enabled" value={kind.kind} defaultChecked={kind.on} disabled={kind.required} className="mt-1" aria-describedby={`kind-${kind.kind}`} />
                {kind.required ? <input type="hidden" name="enabled" value={kind.kind} /> : null}
                <span>
                  <span className="font-medium">{kind.label}</span>
                  {kind.required ? <span className="text-muted"> (required)</span> : null}
                  <span id={`kind-${kind.kind}`} className="block text-muted">
                    {kind.description}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonSecondary} disabled={pending}>
          Save notifications
        </button>
        {state.message ? (
          <p role="status" className={`text-sm ${state.ok ? "text-success" : "text-danger"}`}>
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
