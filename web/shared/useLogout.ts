import { App } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError } from './api';
import { useSession } from './session';

/** Logs out, then goes to `to` (a path of the current app); a failure is shown, not swallowed. */
export function useLogout(to: string): () => void {
  const { logout } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return () => {
    logout()
      .then(() => navigate(to))
      .catch((error: unknown) => {
        void message.error(error instanceof ApiError ? error.message : String(error));
      });
  };
}
